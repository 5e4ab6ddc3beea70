import { createHash } from "node:crypto";
import type { KubeObject } from "@/lib/sim/model";
import { deriveSimUuid } from "./derive-sim-bytes";

/**
 * The mirror Pod the kubelet creates in the Kubernetes API for a Talos static pod: named
 * `<pod>-<node>`, owned by the Node, with the `kubernetes.io/config.*` annotations (source
 * `http`: Talos serves static pods to the kubelet over loopback HTTP) and the API server's defaults
 * filled in. The container command is the StaticPod's, unchanged.
 */
export function buildMirrorPod({
  pod,
  nodeName,
  nodeIp,
  nodeUid,
  startedAt,
  seed,
}: {
  pod: Record<string, unknown>;
  nodeName: string;
  nodeIp: string;
  nodeUid: string;
  startedAt: Date;
  seed: string;
}): KubeObject {
  const metadata = pod.metadata as {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  const spec = pod.spec as { containers: Record<string, unknown>[] } & Record<string, unknown>;
  const name = `${metadata.name}-${nodeName}`;
  // The kubelet's config hash is an MD5 over the pod it received.
  const hash = createHash("md5").update(JSON.stringify(pod)).digest("hex");
  const started = startedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const containers = spec.containers.map((container) => withContainerDefaults(container));
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: metadata.namespace,
      uid: deriveSimUuid({ seed, label: `mirror-pod:${name}` }),
      creationTimestamp: started,
      resourceVersion: String(1000 + (hash.charCodeAt(0) % 97)),
      labels: { ...metadata.labels },
      annotations: {
        ...metadata.annotations,
        "kubernetes.io/config.hash": hash,
        "kubernetes.io/config.mirror": hash,
        "kubernetes.io/config.seen": startedAt.toISOString().replace("Z", "000000Z"),
        "kubernetes.io/config.source": "http",
      },
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: nodeUid, controller: true }],
    },
    spec: {
      ...spec,
      containers,
      dnsPolicy: "ClusterFirst",
      enableServiceLinks: true,
      nodeName,
      preemptionPolicy: "PreemptLowerPriority",
      restartPolicy: "Always",
      schedulerName: "default-scheduler",
      terminationGracePeriodSeconds: 30,
      tolerations: [{ effect: "NoExecute", operator: "Exists" }],
    },
    status: {
      phase: "Running",
      qosClass: "Burstable",
      hostIP: nodeIp,
      hostIPs: [{ ip: nodeIp }],
      podIP: nodeIp,
      podIPs: [{ ip: nodeIp }],
      startTime: started,
      conditions: ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map(
        (type) => ({
          type,
          status: "True",
          lastProbeTime: null,
          lastTransitionTime: started,
        }),
      ),
      containerStatuses: containers.map((container) => ({
        name: container.name,
        image: container.image,
        imageID: `${String(container.image).split(":")[0]}@sha256:${createHash("sha256").update(String(container.image)).digest("hex")}`,
        containerID: `containerd://${createHash("sha256").update(`${seed}:${name}`).digest("hex")}`,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: started } },
      })),
    },
  };
}

function withContainerDefaults(container: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ...container,
    imagePullPolicy: "IfNotPresent",
    terminationMessagePath: "/dev/termination-log",
    terminationMessagePolicy: "File",
  };
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    const value = container[probe];
    if (value && typeof value === "object") {
      result[probe] = { failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1, ...value };
    }
  }
  return result;
}
