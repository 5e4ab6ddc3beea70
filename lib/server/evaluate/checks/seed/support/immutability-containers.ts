import type { KubePod, KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** One container of a workload's pod template, judged once however many replicas run it. */
export interface WorkloadContainer {
  namespace: string;
  /** `Deployment/api`, `CronJob/report-export`, `DaemonSet/fluent-bit`, or `Pod/<name>` for a bare pod. */
  workload: string;
  container: string;
  /** true only when every running instance sets readOnlyRootFilesystem: true. */
  isReadOnly: boolean;
  /** What the instances set: true, false, or null (unset, which means writable). */
  setting: boolean | null;
}

/** The workload a pod belongs to: ReplicaSet → Deployment by pod-template-hash, Job → its CronJob. */
export function workloadOf(pod: KubePod, workloads: readonly KubeWorkload[]): string {
  const owner = pod.owner;
  if (!owner) return `Pod/${pod.name}`;
  const hash = pod.labels["pod-template-hash"];
  if (owner.kind === "ReplicaSet" && hash && owner.name.endsWith(`-${hash}`)) {
    return `Deployment/${owner.name.slice(0, -hash.length - 1)}`;
  }
  if (owner.kind === "Job") {
    const job = workloads.find(
      (workload) => workload.kind === "Job" && workload.namespace === pod.namespace && workload.name === owner.name,
    );
    if (job?.owner?.kind === "CronJob") return `CronJob/${job.owner.name}`;
  }
  return `${owner.kind}/${owner.name}`;
}

/** Regular and init containers of the pods, one entry per workload and container name (ephemeral debug containers are skipped). */
export function listWorkloadContainers(
  pods: readonly KubePod[],
  workloads: readonly KubeWorkload[],
): WorkloadContainer[] {
  const byKey = new Map<string, WorkloadContainer>();
  for (const pod of pods) {
    const workload = workloadOf(pod, workloads);
    for (const container of pod.containers) {
      if (container.kind === "ephemeral") continue;
      const key = `${pod.namespace}/${workload}/${container.name}`;
      const isReadOnly = container.readOnlyRootFilesystem === true;
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, {
          namespace: pod.namespace,
          workload,
          container: container.name,
          isReadOnly,
          setting: container.readOnlyRootFilesystem,
        });
      } else if (known.isReadOnly && !isReadOnly) {
        byKey.set(key, { ...known, isReadOnly: false, setting: container.readOnlyRootFilesystem });
      }
    }
  }
  return [...byKey.values()];
}
