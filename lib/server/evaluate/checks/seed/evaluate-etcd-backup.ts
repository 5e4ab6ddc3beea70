import { ETCD_BACKUP_CHECK } from "@/lib/catalog/checks/seed/etcd-backup";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { judgeEtcdBackupJobs } from "./support/judge-etcd-backup-jobs";
import { bestVerdict, judgeVeleroBackups } from "./support/judge-velero-backups";
import type { BackupVerdict } from "./support/velero-schedules";

const check = ETCD_BACKUP_CHECK;

/**
 * seed.etcd-backup: one cluster finding from every backup source the snapshot shows, the best one
 * deciding (one healthy backup is a backup; the others stay as evidence):
 * - etcd backup CronJobs/Jobs (etcdctl/etcdutl, talosctl etcd snapshot, talos-backup): the newest
 *   success ≤ 26 h → PASS, ≤ 7 days → WARN, older or none → FAIL (support/judge-etcd-backup-jobs);
 * - Velero Schedules: a completed Backup younger than twice the schedule's interval → PASS, else
 *   FAIL with the newest Backup's failure reason (support/velero-schedules).
 * Managed platforms without Velero → NOT_APPLICABLE: the provider runs and backs up etcd; with
 * Velero, its schedules are judged (the cluster's content is what the team backs up there).
 * When no source passes and Velero could not be read, a FAIL becomes UNKNOWN. Talos snapshots
 * taken outside the cluster (talosctl etcd snapshot, Omni) are not visible; the machine config's
 * kubernetesTalosAPIAccess (os:admin) is shown as evidence where readable.
 */
export const etcdBackupEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const finding = ({ status, message, evidence }: BackupVerdict): CheckResult[] => [
      { checkId: check.id, subject: { kind: "cluster" }, status, message, evidence },
    ];
    const velero = judgeVeleroBackups(context);
    if (context.platform === "managed") {
      if (velero) return finding(velero);
      return finding({
        status: "NOT_APPLICABLE",
        message:
          "The provider runs etcd for this managed control plane and backs it up; etcd is not reachable from the cluster.",
        evidence: [
          { source: "platform", value: context.platform, note: "managed control plane: etcd is the provider's" },
        ],
      });
    }
    const jobs = judgeEtcdBackupJobs(context);
    // Velero not served, or a snapshot from before Velero was read: the jobs decide, as they always did.
    if (!velero) return finding(jobs);
    // Velero first: on a tie (both FAIL) its reason is the more specific one.
    const best = bestVerdict<BackupVerdict>([velero, jobs]) ?? jobs;
    const other = best === velero ? jobs : velero;
    const otherItem: EvidenceItem = { source: "other backup source", value: other.status, note: other.message };
    return finding({ ...best, evidence: [...best.evidence, otherItem, ...other.evidence] });
  },
};
