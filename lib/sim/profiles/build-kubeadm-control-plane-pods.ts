import { createHash } from "node:crypto";
import type { KubeObject, SimNode } from "@/lib/sim/model";
import { deriveUid, formatKubeTime } from "@/lib/sim/scenario/objects/object-factory";
import {
  buildKubeadmApiServerCommand,
  buildKubeadmControllerManagerCommand,
  buildKubeadmEtcdCommand,
  buildKubeadmSchedulerCommand,
  type KubeadmCommandOptions,
} from "./build-kubeadm-commands";
import { etcdImageTag } from "./kubernetes-component-images";

type Component = "etcd" | "kube-apiserver" | "kube-controller-manager" | "kube-scheduler";

const HOST_PATHS: Record<Component, [string, string, string, boolean][]> = {
  // [volume name, host path, hostPath type, read-only]
  "kube-apiserver": [
    ["ca-certs", "/etc/ssl/certs", "DirectoryOrCreate", true],
    ["etc-ca-certificates", "/etc/ca-certificates", "DirectoryOrCreate", true],
    ["k8s-certs", "/etc/kubernetes/pki", "DirectoryOrCreate", true],
    ["usr-local-share-ca-certificates", "/usr/local/share/ca-certificates", "DirectoryOrCreate", true],
    ["usr-share-ca-certificates", "/usr/share/ca-certificates", "DirectoryOrCreate", true],
  ],
  "kube-controller-manager": [
    ["ca-certs", "/etc/ssl/certs", "DirectoryOrCreate", true],
    ["flexvolume-dir", "/usr/libexec/kubernetes/kubelet-plugins/volume/exec", "DirectoryOrCreate", false],
    ["k8s-certs", "/etc/kubernetes/pki", "DirectoryOrCreate", true],
    ["kubeconfig", "/etc/kubernetes/controller-manager.conf", "FileOrCreate", true],
  ],
  "kube-scheduler": [["kubeconfig", "/etc/kubernetes/scheduler.conf", "FileOrCreate", true]],
  etcd: [
    ["etcd-certs", "/etc/kubernetes/pki/etcd", "DirectoryOrCreate", false],
    ["etcd-data", "/var/lib/etcd", "DirectoryOrCreate", false],
  ],
};

const HARDENED_API_SERVER_PATHS: [string, string, string, boolean][] = [
  ["admission", "/etc/kubernetes/admission", "DirectoryOrCreate", true],
  ["audit-policy", "/etc/kubernetes/audit", "DirectoryOrCreate", true],
  ["audit-log", "/var/log/kubernetes/audit", "DirectoryOrCreate", false],
  ["encryption", "/etc/kubernetes/encryption", "DirectoryOrCreate", true],
];

const PROBE_PORT: Record<Component, { path: string; port: number; scheme: string; host: (ip: string) => string }> = {
  "kube-apiserver": { path: "/livez", port: 6443, scheme: "HTTPS", host: (ip) => ip },
  "kube-controller-manager": { path: "/healthz", port: 10257, scheme: "HTTPS", host: () => "127.0.0.1" },
  "kube-scheduler": { path: "/livez", port: 10259, scheme: "HTTPS", host: () => "127.0.0.1" },
  etcd: { path: "/livez", port: 2381, scheme: "HTTP", host: () => "127.0.0.1" },
};

/**
 * kubeadm's static pods as the API shows them: mirror pods `<component>-<node>` in kube-system,
 * labelled `component`/`tier: control-plane`, annotated with the kubelet's
 * `kubernetes.io/config.{hash,mirror,seen,source: file}` (kubeadm writes manifests to
 * /etc/kubernetes/manifests), owned by the Node, flags in `command`.
 */
export function buildKubeadmControlPlanePods({
  node,
  seed,
  kubernetesVersion,
  isHardened,
  apiServerFlags,
  startedAt,
}: {
  node: SimNode;
  seed: number;
  kubernetesVersion: string;
  isHardened: boolean;
  apiServerFlags?: Record<string, string | null>;
  startedAt: Date;
}): KubeObject[] {
  const options: KubeadmCommandOptions = { nodeName: node.name, nodeIp: node.ip, isHardened, apiServerFlags };
  const commands: Record<Component, string[]> = {
    etcd: buildKubeadmEtcdCommand(options),
    "kube-apiserver": buildKubeadmApiServerCommand(options),
    "kube-controller-manager": buildKubeadmControllerManagerCommand(options),
    "kube-scheduler": buildKubeadmSchedulerCommand(options),
  };
  const started = formatKubeTime({ time: startedAt });
  const nodeUid = deriveUid({ seed, key: `Node:/${node.name}` });
  return (Object.keys(commands) as Component[]).map((component) => {
    const image =
      component === "etcd"
        ? `registry.k8s.io/etcd:${etcdImageTag({ kubernetesVersion })}`
        : `registry.k8s.io/${component}:v${kubernetesVersion}`;
    const paths = [
      ...HOST_PATHS[component],
      ...(component === "kube-apiserver" && isHardened ? HARDENED_API_SERVER_PATHS : []),
    ];
    const probe = PROBE_PORT[component];
    const httpGet = { host: probe.host(node.ip), path: probe.path, port: probe.port, scheme: probe.scheme };
    const container = {
      name: component,
      image,
      imagePullPolicy: "IfNotPresent",
      command: commands[component],
      livenessProbe: {
        httpGet,
        failureThreshold: 8,
        initialDelaySeconds: 10,
        periodSeconds: 10,
        successThreshold: 1,
        timeoutSeconds: 15,
      },
      ...(component === "kube-apiserver"
        ? {
            readinessProbe: {
              httpGet: { ...httpGet, path: "/readyz" },
              failureThreshold: 3,
              periodSeconds: 1,
              successThreshold: 1,
              timeoutSeconds: 15,
            },
          }
        : {}),
      startupProbe: {
        httpGet,
        failureThreshold: 24,
        initialDelaySeconds: 10,
        periodSeconds: 10,
        successThreshold: 1,
        timeoutSeconds: 15,
      },
      resources: {
        requests: {
          cpu:
            component === "kube-apiserver"
              ? "250m"
              : component === "etcd"
                ? "100m"
                : component === "kube-scheduler"
                  ? "100m"
                  : "200m",
          ...(component === "etcd" ? { memory: "100Mi" } : {}),
        },
      },
      terminationMessagePath: "/dev/termination-log",
      terminationMessagePolicy: "File",
      volumeMounts: paths.map(([name, hostPath, , readOnly]) => ({
        name,
        mountPath: hostPath,
        ...(readOnly ? { readOnly: true } : {}),
      })),
    };
    const manifest = { component, command: container.command, image, nodeName: node.name };
    const hash = createHash("md5").update(JSON.stringify(manifest)).digest("hex");
    const name = `${component}-${node.name}`;
    return {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name,
        namespace: "kube-system",
        uid: deriveUid({ seed, key: `Pod:kube-system/${name}` }),
        creationTimestamp: started,
        labels: { component, tier: "control-plane" },
        annotations: {
          ...(component === "kube-apiserver"
            ? { "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": `${node.ip}:6443` }
            : {}),
          ...(component === "etcd"
            ? { "kubeadm.kubernetes.io/etcd.advertise-client-urls": `https://${node.ip}:2379` }
            : {}),
          "kubernetes.io/config.hash": hash,
          "kubernetes.io/config.mirror": hash,
          "kubernetes.io/config.seen": startedAt.toISOString().replace("Z", "000000Z"),
          "kubernetes.io/config.source": "file",
        },
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node.name, uid: nodeUid, controller: true }],
      },
      spec: {
        containers: [container],
        dnsPolicy: "ClusterFirst",
        enableServiceLinks: true,
        hostNetwork: true,
        nodeName: node.name,
        preemptionPolicy: "PreemptLowerPriority",
        priority: 2000001000,
        priorityClassName: "system-node-critical",
        restartPolicy: "Always",
        schedulerName: "default-scheduler",
        securityContext: { seccompProfile: { type: "RuntimeDefault" } },
        terminationGracePeriodSeconds: 30,
        tolerations: [{ effect: "NoExecute", operator: "Exists" }],
        volumes: paths.map(([name, path, type]) => ({ name, hostPath: { path, type } })),
      },
      status: {
        phase: "Running",
        qosClass: "Burstable",
        hostIP: node.ip,
        hostIPs: [{ ip: node.ip }],
        podIP: node.ip,
        podIPs: [{ ip: node.ip }],
        startTime: started,
        conditions: ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map(
          (type) => ({ type, status: "True", lastProbeTime: null, lastTransitionTime: started }),
        ),
        containerStatuses: [
          {
            name: component,
            image,
            imageID: `registry.k8s.io/${component}@sha256:${createHash("sha256").update(image).digest("hex")}`,
            containerID: `containerd://${createHash("sha256").update(`${seed}:${name}`).digest("hex")}`,
            ready: true,
            started: true,
            restartCount: 0,
            state: { running: { startedAt: started } },
          },
        ],
      },
    };
  });
}
