import type { CheckResult } from "../../../evaluator-types";

export type ResultStatus = CheckResult["status"];

// FAIL outranks WARN (both are findings on what was read), WARN outranks UNKNOWN (a WARN is never a
// pass), UNKNOWN outranks PASS (no PASS while a part could not be read).
const RANK: Record<ResultStatus, number> = { FAIL: 4, WARN: 3, UNKNOWN: 2, PASS: 1, NOT_APPLICABLE: 0 };

/** The verdict of several parts of one finding: the worst one, by the order above. */
export function worstStatus(statuses: readonly ResultStatus[]): ResultStatus {
  return statuses.reduce<ResultStatus>(
    (worst, status) => (RANK[status] > RANK[worst] ? status : worst),
    "NOT_APPLICABLE",
  );
}

const HOUR_MS = 3_600_000;

/** Whole hours from an ISO time to `now` (negative when it lies ahead); null for an unreadable time. */
export function hoursSince(iso: string, now: Date): number | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : Math.floor((now.getTime() - time) / HOUR_MS);
}
