import type { EtcdBackupJob, KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

// What an etcd backup looks like from the Kubernetes API: etcdctl/etcdutl or talosctl taking a
// snapshot, siderolabs talos-backup, or an etcd-snapshot image/command (k3s, talos-backup's
// etcd-snapshot-k8s-service).
const PATTERNS: RegExp[] = [
  /\betcd(?:ctl|utl)\b.*\bsnapshot\b/,
  /\btalosctl\b.*\betcd\s+snapshot\b/,
  /talos-backup/,
  /etcd-snapshot/,
];

/**
 * The CronJobs and Jobs among `workloads` that look like etcd backups, with the evidence that
 * matched. A Job created by a matching CronJob is not listed on its own: it is that CronJob's
 * `lastJob` when it is the most recent one.
 */
export function findEtcdBackupJobs({ workloads }: { workloads: KubeWorkload[] }): EtcdBackupJob[] {
  const jobs = workloads.filter((workload) => workload.kind === "Job");
  const result: EtcdBackupJob[] = [];
  for (const workload of workloads) {
    if (workload.kind !== "CronJob" && workload.kind !== "Job") continue;
    const evidence = findEvidence(workload);
    if (!evidence) continue;
    if (workload.kind === "Job" && workload.owner?.kind === "CronJob") {
      const owner = workloads.find(
        (candidate) =>
          candidate.kind === "CronJob" &&
          candidate.namespace === workload.namespace &&
          candidate.name === workload.owner?.name,
      );
      if (owner) continue;
    }
    const runs =
      workload.kind === "Job"
        ? [workload]
        : jobs.filter(
            (job) =>
              job.namespace === workload.namespace && job.owner?.kind === "CronJob" && job.owner.name === workload.name,
          );
    const lastJob = latest(runs);
    const lastSuccessfulJob = latestSuccess(runs);
    result.push({
      kind: workload.kind,
      namespace: workload.namespace,
      name: workload.name,
      evidence,
      schedule: workload.cronJob?.schedule ?? null,
      suspend: workload.cronJob?.suspend ?? null,
      lastScheduleTime: workload.cronJob?.lastScheduleTime ?? null,
      lastSuccessfulTime:
        workload.cronJob?.lastSuccessfulTime ??
        (workload.job?.outcome === "succeeded" ? workload.job.completionTime : null),
      lastJob: lastJob?.job ? { name: lastJob.name, ...lastJob.job } : null,
      lastSuccessfulJob: lastSuccessfulJob
        ? { name: lastSuccessfulJob.name, completionTime: lastSuccessfulJob.job?.completionTime ?? null }
        : null,
    });
  }
  return result;
}

function findEvidence(workload: KubeWorkload): string | null {
  for (const container of workload.containers) {
    const sources: [string, string][] = [
      ["image", container.image ?? ""],
      ["command", [...container.command, ...container.args].join(" ")],
    ];
    for (const [where, text] of sources) {
      for (const pattern of PATTERNS) {
        const match = pattern.exec(text);
        if (match) return `${where} of container ${container.name}: ${match[0].slice(0, 120)}`;
      }
    }
  }
  return null;
}

function latest(jobs: KubeWorkload[]): KubeWorkload | undefined {
  const startOf = (job: KubeWorkload) => job.job?.startTime ?? job.creationTimestamp ?? "";
  return jobs.reduce<KubeWorkload | undefined>(
    (best, job) => (!best || startOf(job) > startOf(best) ? job : best),
    undefined,
  );
}

function latestSuccess(jobs: KubeWorkload[]): KubeWorkload | undefined {
  const endOf = (job: KubeWorkload) => job.job?.completionTime ?? "";
  return jobs
    .filter((job) => job.job?.outcome === "succeeded")
    .reduce<KubeWorkload | undefined>((best, job) => (!best || endOf(job) > endOf(best) ? job : best), undefined);
}
