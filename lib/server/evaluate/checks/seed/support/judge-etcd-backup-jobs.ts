import type { EtcdBackupJob } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { capList, describeList, errorEvidence } from "../../cis/support/cis-verdict";
import { hoursSince, type ResultStatus } from "./combine-statuses";
import { jobEvidence, jobLabel, lastSuccessOf, readTalosBackupAccess } from "./etcd-backup-runs";
import type { BackupVerdict } from "./velero-schedules";

/** A daily backup plus two hours of slack for a slow or late run. */
export const FRESH_BACKUP_HOURS = 26;
/** Older than a week: the backup is too old to restore from without losing a week of changes. */
export const STALE_BACKUP_HOURS = 7 * 24;

/**
 * The etcd backup CronJobs and Jobs (found by the collector from images and command lines): the
 * newest successful run aged against `context.now`: ≤ 26 h → PASS, unless the job's most recent run
 * failed or the CronJob is suspended (WARN); ≤ 7 days → WARN; older, never succeeded, or no job at
 * all → FAIL. When the workload lists are incomplete, anything but PASS becomes UNKNOWN.
 */
export function judgeEtcdBackupJobs(context: EvaluationContext): BackupVerdict {
  const { etcdBackupJobs } = context.snapshot.kubernetes;
  const talosAccess = context.platform === "talos" ? readTalosBackupAccess(context) : null;
  const extra = [...(talosAccess ? [talosAccess] : []), ...errorEvidence(etcdBackupJobs.errors)];
  const verdict = (status: ResultStatus, message: string, evidence: EvidenceItem[]): BackupVerdict => ({
    status,
    message,
    evidence,
  });
  if (!etcdBackupJobs.data) {
    return verdict("UNKNOWN", "The CronJobs and Jobs could not be read, so etcd backups are unknown.", extra);
  }
  const isIncomplete = etcdBackupJobs.errors.length > 0;
  const unlessIncomplete = (status: ResultStatus) => (isIncomplete ? "UNKNOWN" : status);
  const jobs = etcdBackupJobs.data;
  if (jobs.length === 0) {
    return verdict(
      unlessIncomplete("FAIL"),
      isIncomplete
        ? "No etcd backup job was found, but the workload lists are incomplete."
        : "No CronJob or Job takes etcd snapshots (etcdctl/etcdutl, talosctl etcd snapshot, talos-backup).",
      [
        {
          source: "kubernetes.etcdBackupJobs",
          value: [],
          note: "CronJobs and Jobs whose image or command runs an etcd snapshot",
        },
        ...extra,
      ],
    );
  }
  const { items, more } = capList(jobs, 5);
  const evidence = [
    ...items.map(jobEvidence),
    ...(more > 0 ? [{ source: "kubernetes.etcdBackupJobs", value: jobs.length, note: `${more} more not listed` }] : []),
    ...extra,
  ];
  const newest = newestSuccess(jobs);
  if (!newest) {
    return verdict(
      unlessIncomplete("FAIL"),
      `${describeList(jobs.map(jobLabel))} ${jobs.length === 1 ? "has" : "have"} never completed an etcd backup successfully.`,
      evidence,
    );
  }
  const { job, time } = newest;
  const hours = hoursSince(time, context.now);
  if (hours === null) {
    return verdict(
      "UNKNOWN",
      `The last success time of ${jobLabel(job)} ("${time}") is not a readable date.`,
      evidence,
    );
  }
  const age = Math.max(0, hours);
  const ageItem: EvidenceItem = {
    source: `kubernetes.etcdBackupJobs[${job.namespace}/${job.name}].lastSuccessfulTime`,
    value: time,
    note: `${age} h before ${context.now.toISOString()}; PASS ≤ ${FRESH_BACKUP_HOURS} h, FAIL > ${STALE_BACKUP_HOURS} h`,
  };
  const all = [ageItem, ...evidence];
  const last = `The last successful etcd backup (${jobLabel(job)}) is ${describeAge(age)} old`;
  if (age > STALE_BACKUP_HOURS) return verdict(unlessIncomplete("FAIL"), `${last}, older than a week.`, all);
  if (age > FRESH_BACKUP_HOURS) {
    const failed = job.lastJob?.outcome === "failed" ? `, and its latest run (${job.lastJob.name}) failed` : "";
    return verdict(unlessIncomplete("WARN"), `${last}, more than ${FRESH_BACKUP_HOURS} h${failed}.`, all);
  }
  if (job.lastJob?.outcome === "failed") {
    return verdict("WARN", `${last}, but its latest run (${job.lastJob.name}) failed.`, all);
  }
  if (job.suspend === true) {
    return verdict("WARN", `${last}, but the CronJob is suspended, so no further backups run.`, all);
  }
  return verdict("PASS", `${last}.`, all);
}

function newestSuccess(jobs: readonly EtcdBackupJob[]): { job: EtcdBackupJob; time: string } | null {
  let newest: { job: EtcdBackupJob; time: string } | null = null;
  for (const job of jobs) {
    const time = lastSuccessOf(job);
    if (time !== null && (newest === null || time > newest.time)) newest = { job, time };
  }
  return newest;
}

function describeAge(hours: number): string {
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}
