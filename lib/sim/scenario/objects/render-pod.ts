import type { KubeObject, SimNode } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import { imageIdOf } from "./image-digest";
import { formatKubeTime, type OwnerRef } from "./object-factory";
import type { ContainerTemplate, WorkloadTemplate } from "./workload-template";

export type PodPhase = "Running" | "Succeeded" | "Failed";

/** Hands out pod IPs per node (10.244.<node>.x, or the node's IP for host-network pods). */
export function createPodPlacement({ nodes }: { nodes: SimNode[] }) {
  const indexOf = new Map(nodes.map((node, index) => [node.name, index]));
  const nextHost = new Map<string, number>();
  return {
    podIp(node: SimNode, hostNetwork: boolean): string {
      if (hostNetwork) return node.ip;
      const index = indexOf.get(node.name) ?? 0;
      const host = (nextHost.get(node.name) ?? 1) + 1;
      nextHost.set(node.name, host);
      return `10.${244 + Math.floor(index / 256)}.${index % 256}.${(host % 253) + 2}`;
    },
  };
}

export type PodPlacement = ReturnType<typeof createPodPlacement>;

/**
 * The shared part of the pods of one controller revision: the spec the API server would store
 * after defaulting. Pods of one ReplicaSet share it (the simulator never mutates it), which keeps
 * a 2,000-pod cluster small in memory.
 */
export function buildPodSpecBase({
  template,
  volumeSuffix,
  isControllerTemplate = false,
}: {
  template: WorkloadTemplate;
  volumeSuffix: string;
  /** The controller's pod template: without what admission adds to pods (token volume). */
  isControllerTemplate?: boolean;
}) {
  const { pod } = template;
  const apiAccess = `kube-api-access-${volumeSuffix}`;
  const mountsToken = pod.automountServiceAccountToken !== false && !isControllerTemplate;
  const container = (spec: ContainerTemplate) => ({
    ...spec,
    imagePullPolicy: spec.image.includes("@") || !spec.image.endsWith(":latest") ? "IfNotPresent" : "Always",
    terminationMessagePath: "/dev/termination-log",
    terminationMessagePolicy: "File",
    volumeMounts: [
      ...(spec.volumeMounts ?? []),
      ...(mountsToken
        ? [{ name: apiAccess, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", readOnly: true }]
        : []),
    ],
  });
  return {
    ...(pod.initContainers ? { initContainers: pod.initContainers.map(container) } : {}),
    containers: pod.containers.map(container),
    ...(pod.hostNetwork ? { hostNetwork: true } : {}),
    ...(pod.hostPID ? { hostPID: true } : {}),
    dnsPolicy: pod.hostNetwork ? "ClusterFirstWithHostNet" : "ClusterFirst",
    enableServiceLinks: true,
    ...(pod.priorityClassName ? { priorityClassName: pod.priorityClassName } : {}),
    priority: pod.priorityClassName === "system-node-critical" ? 2000001000 : pod.priorityClassName ? 2000000000 : 0,
    preemptionPolicy: "PreemptLowerPriority",
    restartPolicy: pod.restartPolicy ?? "Always",
    schedulerName: "default-scheduler",
    securityContext: pod.securityContext ?? {},
    serviceAccount: template.serviceAccountName,
    serviceAccountName: template.serviceAccountName,
    ...(pod.automountServiceAccountToken === false ? { automountServiceAccountToken: false } : {}),
    terminationGracePeriodSeconds: 30,
    ...(pod.nodeSelector ? { nodeSelector: pod.nodeSelector } : {}),
    tolerations: [
      ...(pod.tolerations ?? []),
      { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300 },
      { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists", tolerationSeconds: 300 },
    ],
    volumes: [
      ...(pod.volumes ?? []),
      ...(mountsToken
        ? [
            {
              name: apiAccess,
              projected: {
                defaultMode: 420,
                sources: [
                  { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
                  { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
                  {
                    downwardAPI: {
                      items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }],
                    },
                  },
                ],
              },
            },
          ]
        : []),
    ],
  };
}

/** One Pod object on `node`, owned by `owner`, in `phase` since `startedAt`. */
export function renderPod({
  context,
  template,
  specBase,
  name,
  labels,
  owner,
  node,
  placement,
  startedAt,
  phase,
  finishedAt,
}: {
  context: ClusterBuildContext;
  template: WorkloadTemplate;
  specBase: ReturnType<typeof buildPodSpecBase>;
  name: string;
  labels: Record<string, string>;
  owner: OwnerRef;
  node: SimNode;
  placement: PodPlacement;
  startedAt: Date;
  phase: PodPhase;
  finishedAt?: Date;
}): KubeObject {
  const started = formatKubeTime({ time: startedAt });
  const finished = finishedAt ? formatKubeTime({ time: finishedAt }) : started;
  const podIp = placement.podIp(node, Boolean(template.pod.hostNetwork));
  const isRunning = phase === "Running";
  const ready = isRunning ? "True" : "False";
  const state = isRunning
    ? { running: { startedAt: started } }
    : {
        terminated: {
          exitCode: phase === "Succeeded" ? 0 : 1,
          reason: phase === "Succeeded" ? "Completed" : "Error",
          startedAt: started,
          finishedAt: finished,
        },
      };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: context.factory.meta({
      kind: "Pod",
      name,
      namespace: template.namespace,
      created: startedAt,
      labels,
      owner,
    }),
    spec: { ...specBase, nodeName: node.name },
    status: {
      phase,
      conditions: [
        {
          type: "PodReadyToStartContainers",
          status: isRunning ? "True" : "False",
          lastProbeTime: null,
          lastTransitionTime: started,
        },
        { type: "Initialized", status: "True", lastProbeTime: null, lastTransitionTime: started },
        { type: "Ready", status: ready, lastProbeTime: null, lastTransitionTime: isRunning ? started : finished },
        {
          type: "ContainersReady",
          status: ready,
          lastProbeTime: null,
          lastTransitionTime: isRunning ? started : finished,
        },
        { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: started },
      ],
      hostIP: node.ip,
      hostIPs: [{ ip: node.ip }],
      podIP: podIp,
      podIPs: [{ ip: podIp }],
      startTime: started,
      qosClass: template.pod.containers.some((container) => container.resources) ? "Burstable" : "BestEffort",
      containerStatuses: template.pod.containers.map((container) => ({
        name: container.name,
        image: container.image,
        imageID: imageIdOf({ image: container.image }),
        containerID: `containerd://${hashHex({ key: `cid-a:${context.spec.seed}:${template.namespace}/${name}/${container.name}`, length: 32 })}${hashHex({ key: `cid-b:${context.spec.seed}:${template.namespace}/${name}/${container.name}`, length: 32 })}`,
        ready: isRunning,
        started: isRunning,
        restartCount: 0,
        state,
      })),
    },
  };
}
