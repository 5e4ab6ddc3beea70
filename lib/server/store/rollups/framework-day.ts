/** One framework's control counts and score on one cluster, as a day's rollup stores them. */
export interface FrameworkDayResult {
  frameworkId: string;
  /** PASS / (PASS + FAIL); null when nothing is assessable. */
  score: number | null;
  pass: number;
  fail: number;
  unknown: number;
  warn: number;
  waived: number;
  notApplicable: number;
  unassessed: number;
}

type CountKey = Exclude<keyof FrameworkDayResult, "frameworkId" | "score">;

/**
 * The rollup values of an evaluation summary's `frameworks` object (as summarizeFindings writes
 * it); the migration's backfill reads old summaries the same way: a missing count is 0, a
 * non-numeric score null.
 */
export function frameworkDaysFromSummary(frameworks: unknown): FrameworkDayResult[] {
  if (!frameworks || typeof frameworks !== "object") return [];
  return Object.entries(frameworks as Record<string, unknown>).flatMap(([frameworkId, value]) => {
    if (!value || typeof value !== "object") return [];
    const summary = value as Record<string, unknown>;
    const count = (key: CountKey) => (typeof summary[key] === "number" ? summary[key] : 0);
    return [
      {
        frameworkId,
        score: typeof summary.score === "number" ? summary.score : null,
        pass: count("pass"),
        fail: count("fail"),
        unknown: count("unknown"),
        warn: count("warn"),
        waived: count("waived"),
        notApplicable: count("notApplicable"),
        unassessed: count("unassessed"),
      },
    ];
  });
}

/** YYYY-MM-DD (UTC) of an instant: the rollup day it belongs to. */
export function rollupDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
