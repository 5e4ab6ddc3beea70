import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import { errorEvidence } from "../../cis/support/cis-verdict";
import type { ResultStatus } from "./combine-statuses";
import type { BackupVerdict } from "./velero-schedules";

// Best first: one healthy backup is a backup; UNKNOWN outranks FAIL because an unread source may be healthy.
const RANK: Record<ResultStatus, number> = { PASS: 4, WARN: 3, UNKNOWN: 2, FAIL: 1, NOT_APPLICABLE: 0 };

/** The best of several verdicts by PASS > WARN > UNKNOWN > FAIL (any healthy backup counts); the first on a tie. */
export function bestVerdict<T extends BackupVerdict>(verdicts: readonly T[]): T | null {
  return verdicts.reduce<T | null>(
    (best, verdict) => (!best || RANK[verdict.status] > RANK[best.status] ? verdict : best),
    null,
  );
}

/**
 * One tool's verdicts on its schedules or policies as one backup verdict: the best one's (one
 * healthy schedule backs the cluster up), the others' as evidence, each by its own last evidence
 * item (the schedule's or policy's) with its verdict as the note. A list with errors turns anything
 * but PASS into UNKNOWN (a fresher backup may be in the unread part). Null when there is no verdict.
 */
export function combineToolVerdicts({
  verdicts,
  errors,
}: {
  verdicts: readonly BackupVerdict[];
  errors: readonly CollectionError[];
}): BackupVerdict | null {
  const best = bestVerdict(verdicts);
  if (!best) return null;
  const others = verdicts.filter((verdict) => verdict !== best);
  return {
    status: errors.length > 0 && best.status !== "PASS" ? "UNKNOWN" : best.status,
    message: best.message,
    evidence: [
      ...best.evidence,
      ...others.flatMap((verdict) =>
        verdict.evidence.slice(-1).map((item) => ({ ...item, note: `${verdict.status}: ${verdict.message}` })),
      ),
      ...errorEvidence([...errors]),
    ],
  };
}
