import type { EvaluationContext } from "../../../evaluator-types";
import { errorEvidence } from "../../cis/support/cis-verdict";
import { combineToolVerdicts } from "./combine-backup-verdicts";
import { judgeVeleroSchedule, type BackupVerdict } from "./velero-schedules";

/**
 * Velero's schedules as one backup verdict: the best schedule's (one healthy schedule backs the
 * cluster up), the others' verdicts as evidence. Null when Velero is not installed (its CRD is not
 * served) or the snapshot predates reading it; UNKNOWN when discovery or the lists failed. A list
 * with errors turns anything but PASS into UNKNOWN (a fresher backup may be in the unread part).
 */
export function judgeVeleroBackups(context: EvaluationContext): BackupVerdict | null {
  const part = context.snapshot.kubernetes.veleroSchedules;
  if (!part || part.isServed === false) return null;
  if (!part.data) {
    return {
      status: "UNKNOWN",
      message: "Velero's Schedules and Backups could not be read, so Velero backups are unknown.",
      evidence: errorEvidence(part.errors),
    };
  }
  if (part.data.length === 0) {
    if (part.errors.length > 0) {
      return {
        status: "UNKNOWN",
        message: "No Velero Schedule was read, but the list is incomplete.",
        evidence: errorEvidence(part.errors),
      };
    }
    return {
      status: "FAIL",
      message: "Velero is installed, but no Velero Schedule exists, so nothing backs the cluster up regularly.",
      evidence: [{ source: "kubernetes.veleroSchedules", value: [], note: "Velero Schedules (velero.io/v1)" }],
    };
  }
  const verdicts = part.data.map((schedule) => judgeVeleroSchedule(schedule, context.now));
  return combineToolVerdicts({ verdicts, errors: part.errors });
}
