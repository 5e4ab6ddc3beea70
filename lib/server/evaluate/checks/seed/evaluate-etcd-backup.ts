import { ETCD_BACKUP_CHECK } from "@/lib/catalog/checks/seed/etcd-backup";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { bestVerdict } from "./support/combine-backup-verdicts";
import { judgeEtcdBackupJobs } from "./support/judge-etcd-backup-jobs";
import { judgeKastenBackups } from "./support/judge-kasten-backups";
import { judgeVeleroBackups } from "./support/judge-velero-backups";
import type { BackupVerdict } from "./support/velero-schedules";

const check = ETCD_BACKUP_CHECK;

/**
 * seed.etcd-backup: one cluster finding from every backup source the snapshot shows, the best one
 * deciding (one healthy backup is a backup; the others stay as evidence):
 * - etcd backup CronJobs/Jobs (etcdctl/etcdutl, talosctl etcd snapshot, talos-backup): the newest
 *   success ≤ 26 h → PASS, ≤ 7 days → WARN, older or none → FAIL (support/judge-etcd-backup-jobs);
 * - Velero Schedules: a completed Backup younger than twice the schedule's interval → PASS, else
 *   FAIL with the newest Backup's failure reason (support/velero-schedules);
 * - Kasten K10 backup Policies, by the same rule: a completed run younger than twice the policy's
 *   frequency → PASS, else FAIL with K10's error of the newest run (support/kasten-policies).
 * Managed platforms without a backup tool → NOT_APPLICABLE: the provider runs and backs up etcd;
 * with Velero or K10, their schedules are judged (the cluster's content is what the team backs up
 * there). When no source passes and a tool could not be read, a FAIL becomes UNKNOWN. Talos
 * snapshots taken outside the cluster (talosctl etcd snapshot, Omni) are not visible; the machine
 * config's kubernetesTalosAPIAccess (os:admin) is shown as evidence where readable.
 */
export const etcdBackupEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const finding = ({ status, message, evidence }: BackupVerdict): CheckResult[] => [
      { checkId: check.id, subject: { kind: "cluster" }, status, message, evidence },
    ];
    // Velero first: on a tie its reason is the one shown (the order of bestVerdict).
    const tools = [judgeVeleroBackups(context), judgeKastenBackups(context)].filter(
      (verdict): verdict is BackupVerdict => verdict !== null,
    );
    const [firstTool, ...otherTools] = tools;
    if (context.platform === "managed") {
      if (firstTool) return finding(combineSources([firstTool, ...otherTools]));
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
    // No backup tool served, or a snapshot from before they were read: the jobs decide, as they always did.
    if (!firstTool) return finding(jobs);
    // The tools first: on a tie (all FAIL) their reason is the more specific one.
    return finding(combineSources([firstTool, ...otherTools, jobs]));
  },
};

/** The best source's verdict, with every other source's verdict and evidence after its own. */
function combineSources(sources: readonly [BackupVerdict, ...BackupVerdict[]]): BackupVerdict {
  const best = bestVerdict(sources) ?? sources[0];
  const others = sources.filter((source) => source !== best);
  return {
    ...best,
    evidence: [
      ...best.evidence,
      ...others.flatMap((other): EvidenceItem[] => [
        { source: "other backup source", value: other.status, note: other.message },
        ...other.evidence,
      ]),
    ],
  };
}
