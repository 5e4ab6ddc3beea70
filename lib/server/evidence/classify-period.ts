import type { Catalog, FindingStatus, Framework } from "@/lib/catalog/catalog-types";
import { mostSevereStatus, scoreFrameworks, type ControlStatus, type FrameworkScore } from "@/lib/catalog/scoring";

// A control over a period, per cluster: the catalog's own scoring (scoring.ts) is applied at every
// instant where a finding state of the cluster changed, and the statuses seen are reduced with the
// same severity order. So "held" means PASS at every instant of [from, to]; one FAIL anywhere makes
// it "failed" (with when); otherwise any UNKNOWN instant (no evaluation yet included) makes it
// "unknown". A point-in-time pack (no `from`) is the degenerate period [to, to].

export type PeriodVerdict = "held" | "failed" | "unknown" | "warn" | "waived" | "not-applicable" | "unassessed";

const VERDICT: Record<ControlStatus, PeriodVerdict> = {
  PASS: "held",
  FAIL: "failed",
  UNKNOWN: "unknown",
  WARN: "warn",
  WAIVED: "waived",
  NOT_APPLICABLE: "not-applicable",
  UNASSESSED: "unassessed",
};

export interface StateInterval {
  checkId: string;
  status: FindingStatus;
  since: Date;
  /** null: still in force. */
  until: Date | null;
}

export interface TimeRange {
  from: string;
  to: string;
}

export interface ControlPeriod {
  controlId: string;
  verdict: PeriodVerdict;
  /** The control's status at `to` (what the heatmap showed then). */
  statusAtEnd: ControlStatus;
  /** First instant of the period at which it was FAIL; null when it never failed. */
  firstFailedAt: string | null;
  /** Milliseconds of the period spent FAIL, and UNKNOWN. */
  failedMs: number;
  unknownMs: number;
  /** When it was FAIL (merged ranges; a point-in-time failure is a zero-length range). */
  failedRanges: TimeRange[];
  /** The mapped checks and their status at `to`. */
  checksAtEnd: { checkId: string; status: FindingStatus }[];
}

export interface FrameworkPeriod {
  frameworkId: string;
  /** Score, counts and control statuses at `to`. */
  scoreAtEnd: FrameworkScore;
  controls: ControlPeriod[];
}

interface Accumulator {
  statuses: Set<ControlStatus>;
  failedMs: number;
  unknownMs: number;
  failedRanges: { from: number; to: number }[];
}

function activeAt(states: readonly StateInterval[], instant: number) {
  return states.filter(
    (state) => state.since.getTime() <= instant && (state.until === null || state.until.getTime() > instant),
  );
}

/** Instants where the cluster's state may change within [from, to], sorted, from and to included. */
export function changeInstants(states: readonly StateInterval[], from: number, to: number): number[] {
  const instants = new Set<number>([from, to]);
  for (const state of states) {
    for (const instant of [state.since.getTime(), state.until?.getTime()]) {
      if (instant !== undefined && instant > from && instant < to) instants.add(instant);
    }
  }
  return [...instants].sort((a, b) => a - b);
}

function reduceVerdict(statuses: Set<ControlStatus>): PeriodVerdict {
  if (statuses.has("UNASSESSED")) return "unassessed";
  return VERDICT[mostSevereStatus([...statuses] as FindingStatus[])];
}

/**
 * Each framework's controls over the period for one cluster's finding states (which may extend
 * beyond the period; only [from, to] counts). `from` null = the point in time `to`.
 */
export function classifyPeriod({
  catalog,
  frameworks,
  states,
  from,
  to,
}: {
  catalog: Catalog;
  frameworks: readonly Framework[];
  states: readonly StateInterval[];
  from: Date | null;
  to: Date;
}): FrameworkPeriod[] {
  const scoped: Catalog = { ...catalog, frameworks: [...frameworks] };
  const end = to.getTime();
  const instants = changeInstants(states, from?.getTime() ?? end, end);
  const accumulators = new Map<string, Accumulator>();
  let scoresAtEnd: FrameworkScore[] = [];
  instants.forEach((instant, index) => {
    // The last instant (`to`) is a zero-length segment: it counts for the verdict, not for durations.
    const length = (instants[index + 1] ?? instant) - instant;
    const scores = scoreFrameworks({ catalog: scoped, findings: activeAt(states, instant) });
    if (index === instants.length - 1) scoresAtEnd = scores;
    for (const score of scores) {
      for (const control of score.controls) {
        const key = `${score.frameworkId}\u0000${control.controlId}`;
        let accumulator = accumulators.get(key);
        if (!accumulator) {
          accumulator = { statuses: new Set(), failedMs: 0, unknownMs: 0, failedRanges: [] };
          accumulators.set(key, accumulator);
        }
        accumulator.statuses.add(control.status);
        if (control.status === "UNKNOWN") accumulator.unknownMs += length;
        if (control.status === "FAIL") {
          accumulator.failedMs += length;
          const last = accumulator.failedRanges.at(-1);
          if (last && last.to === instant) last.to = instant + length;
          else accumulator.failedRanges.push({ from: instant, to: instant + length });
        }
      }
    }
  });
  return scoresAtEnd.map((scoreAtEnd) => ({
    frameworkId: scoreAtEnd.frameworkId,
    scoreAtEnd,
    controls: scoreAtEnd.controls.map((control) => {
      const accumulator = accumulators.get(`${scoreAtEnd.frameworkId}\u0000${control.controlId}`)!;
      const firstFailed = accumulator.failedRanges[0];
      return {
        controlId: control.controlId,
        verdict: reduceVerdict(accumulator.statuses),
        statusAtEnd: control.status,
        firstFailedAt: firstFailed ? new Date(firstFailed.from).toISOString() : null,
        failedMs: accumulator.failedMs,
        unknownMs: accumulator.unknownMs,
        failedRanges: accumulator.failedRanges.map((range) => ({
          from: new Date(range.from).toISOString(),
          to: new Date(range.to).toISOString(),
        })),
        checksAtEnd: control.checks,
      };
    }),
  }));
}
