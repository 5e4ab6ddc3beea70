import type { EvaluationContext } from "../../../evaluator-types";
import { errorEvidence } from "../../cis/support/cis-verdict";
import type { ResultStatus } from "./combine-statuses";
import { judgeVeleroSchedule, type BackupVerdict } from "./velero-schedules";

// Best first: one healthy schedule is a backup; UNKNOWN outranks FAIL because an unread schedule may be healthy.
const RANK: Record<ResultStatus, number> = { PASS: 4, WARN: 3, UNKNOWN: 2, FAIL: 1, NOT_APPLICABLE: 0 };

/** The better of two verdicts by PASS > WARN > UNKNOWN > FAIL (any healthy backup source counts). */
export function bestVerdict<T extends BackupVerdict>(verdicts: readonly T[]): T | null {
  return verdicts.reduce<T | null>(
    (best, verdict) => (!best || RANK[verdict.status] > RANK[best.status] ? verdict : best),
    null,
  );
}

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
  const best = bestVerdict(verdicts);
  if (!best) return null;
  const others = verdicts.filter((verdict) => verdict !== best);
  const status = part.errors.length > 0 && best.status !== "PASS" ? "UNKNOWN" : best.status;
  return {
    status,
    message: best.message,
    evidence: [
      ...best.evidence,
      // The schedule's own item is the last of its evidence; its note carries that schedule's verdict.
      ...others.flatMap((verdict) =>
        verdict.evidence.slice(-1).map((item) => ({ ...item, note: `${verdict.status}: ${verdict.message}` })),
      ),
      ...errorEvidence(part.errors),
    ],
  };
}
