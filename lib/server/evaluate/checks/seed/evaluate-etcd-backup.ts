import { ETCD_BACKUP_CHECK } from "@/lib/catalog/checks/seed/etcd-backup";
import type { EtcdBackupJob } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { capList, describeList, errorEvidence } from "../cis/support/cis-verdict";
import { hoursSince } from "./support/combine-statuses";
import { jobEvidence, jobLabel, lastSuccessOf, readTalosBackupAccess } from "./support/etcd-backup-runs";

const check = ETCD_BACKUP_CHECK;

/** A daily backup plus two hours of slack for a slow or late run. */
export const FRESH_BACKUP_HOURS = 26;
/** Older than a week: the backup is too old to restore from without losing a week of changes. */
export const STALE_BACKUP_HOURS = 7 * 24;

/**
 * seed.etcd-backup: one cluster finding from the newest successful run of any etcd backup CronJob
 * or Job (found by the collector from images and command lines), aged against `context.now`:
 * ≤ 26 h → PASS, unless the job's most recent run failed or the CronJob is suspended (WARN);
 * ≤ 7 days → WARN; older, or never succeeded → FAIL; no backup job at all → FAIL. When the workload
 * lists are incomplete, anything but PASS becomes UNKNOWN (a fresher job may be in the unread part).
 * Managed platforms → NOT_APPLICABLE: the provider runs and backs up etcd. Talos snapshots taken
 * outside the cluster (talosctl etcd snapshot, Omni) are not visible; the machine config's
 * kubernetesTalosAPIAccess (os:admin) is shown as evidence where readable.
 */
export const etcdBackupEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const finding = (status: CheckResult["status"], message: string, evidence: EvidenceItem[]): CheckResult[] => [
      { checkId: check.id, subject: { kind: "cluster" }, status, message, evidence },
    ];
    if (context.platform === "managed") {
      return finding(
        "NOT_APPLICABLE",
        "The provider runs etcd for this managed control plane and backs it up; etcd is not reachable from the cluster.",
        [{ source: "platform", value: context.platform, note: "managed control plane: etcd is the provider's" }],
      );
    }
    const { etcdBackupJobs } = context.snapshot.kubernetes;
    const talosAccess = context.platform === "talos" ? readTalosBackupAccess(context) : null;
    const extra = [...(talosAccess ? [talosAccess] : []), ...errorEvidence(etcdBackupJobs.errors)];
    if (!etcdBackupJobs.data) {
      return finding("UNKNOWN", "The CronJobs and Jobs could not be read, so etcd backups are unknown.", extra);
    }
    const isIncomplete = etcdBackupJobs.errors.length > 0;
    const unlessIncomplete = (status: CheckResult["status"]) => (isIncomplete ? "UNKNOWN" : status);
    const jobs = etcdBackupJobs.data;
    if (jobs.length === 0) {
      return finding(
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
      ...(more > 0
        ? [{ source: "kubernetes.etcdBackupJobs", value: jobs.length, note: `${more} more not listed` }]
        : []),
      ...extra,
    ];
    const newest = newestSuccess(jobs);
    if (!newest) {
      return finding(
        unlessIncomplete("FAIL"),
        `${describeList(jobs.map(jobLabel))} ${jobs.length === 1 ? "has" : "have"} never completed an etcd backup successfully.`,
        evidence,
      );
    }
    const { job, time } = newest;
    const hours = hoursSince(time, context.now);
    if (hours === null) {
      return finding(
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
    if (age > STALE_BACKUP_HOURS) return finding(unlessIncomplete("FAIL"), `${last}, older than a week.`, all);
    if (age > FRESH_BACKUP_HOURS) {
      const failed = job.lastJob?.outcome === "failed" ? `, and its latest run (${job.lastJob.name}) failed` : "";
      return finding(unlessIncomplete("WARN"), `${last}, more than ${FRESH_BACKUP_HOURS} h${failed}.`, all);
    }
    if (job.lastJob?.outcome === "failed") {
      return finding("WARN", `${last}, but its latest run (${job.lastJob.name}) failed.`, all);
    }
    if (job.suspend === true) {
      return finding("WARN", `${last}, but the CronJob is suspended, so no further backups run.`, all);
    }
    return finding("PASS", `${last}.`, all);
  },
};

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
