import type { EtcdBackupJob } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/**
 * The last time a backup job succeeded: its lastSuccessfulTime, its newest Job's completion when
 * that succeeded, or its newest successful Job's completion (older snapshots lack that field).
 */
export function lastSuccessOf(job: EtcdBackupJob): string | null {
  const fromJob = job.lastJob?.outcome === "succeeded" ? job.lastJob.completionTime : null;
  const fromSuccess = job.lastSuccessfulJob?.completionTime ?? null;
  const candidates = [job.lastSuccessfulTime, fromJob, fromSuccess].filter((time): time is string => time !== null);
  return candidates.reduce<string | null>((latest, time) => (latest === null || time > latest ? time : latest), null);
}

export function jobLabel(job: EtcdBackupJob): string {
  return `${job.kind}/${job.namespace}/${job.name}`;
}

export function jobEvidence(job: EtcdBackupJob): EvidenceItem {
  return {
    source: `kubernetes.etcdBackupJobs[${job.namespace}/${job.name}]`,
    value: {
      kind: job.kind,
      schedule: job.schedule,
      suspend: job.suspend,
      lastSuccessfulTime: job.lastSuccessfulTime,
      lastJob: job.lastJob
        ? { name: job.lastJob.name, outcome: job.lastJob.outcome, startTime: job.lastJob.startTime }
        : null,
      lastSuccessfulJob: job.lastSuccessfulJob ?? null,
    },
    note: job.evidence,
  };
}

/**
 * Talos: whether in-cluster pods may take etcd snapshots through the Talos API (machine config
 * features.kubernetesTalosAPIAccess with role os:etcd:backup, which siderolabs/talos-backup needs).
 * Read from the first control-plane machine config that is readable (os:admin); null when none is.
 */
export function readTalosBackupAccess({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem | null {
  for (const node of snapshot.talos?.nodes ?? []) {
    const type = node.machineType.data;
    if (type !== "controlplane" && type !== "init") continue;
    const main = node.machineConfig.data?.documents.find((document) => document.kind === "v1alpha1");
    if (!main) continue;
    const machine = main.content.machine as { features?: { kubernetesTalosAPIAccess?: unknown } } | undefined;
    const access = machine?.features?.kubernetesTalosAPIAccess ?? null;
    const roles = (access as { allowedRoles?: unknown } | null)?.allowedRoles;
    const hasBackupRole = Array.isArray(roles) && roles.includes("os:etcd:backup");
    return {
      source: `talos.nodes[${node.node}].machineConfig.machine.features.kubernetesTalosAPIAccess`,
      value: access,
      note: hasBackupRole
        ? "in-cluster backup jobs may take etcd snapshots (os:etcd:backup)"
        : "os:etcd:backup is not among the allowed roles: the Talos API refuses snapshots to in-cluster jobs through this feature",
    };
  }
  return null;
}
