import type { Catalog, FindingStatus, FrameworkId } from "./catalog-types";

// Statuses and scores (design.md), as pure functions of one cluster's findings.
//
// Severity order, most severe first: FAIL > UNKNOWN > WARN > WAIVED > PASS > NOT_APPLICABLE.
// - Check status = the most severe status over the check's subjects. So one FAIL fails the check;
//   otherwise one UNKNOWN makes it UNKNOWN (missing data is never PASS); otherwise one WARN makes it
//   WARN (needs review); otherwise one WAIVED makes it WAIVED; NOT_APPLICABLE only when every
//   subject is NOT_APPLICABLE (an N/A subject never hides the others). No findings at all: UNKNOWN.
// - Control status = the same reduction over the statuses of the defined checks mapped to it. A
//   mapped check without findings counts as UNKNOWN (not evaluated is not passed). A control no
//   defined check maps to is UNASSESSED.
//   PASS: every mapped check passes (N/A ones aside). FAIL: one fails. UNKNOWN: none fails, one is
//   unknown. WARN: none fails or is unknown, one needs review. WAIVED: the only non-passing
//   checks are waived FAILs, so the control is not failing, but it is not passing either.
// - Score = PASS / (PASS + FAIL) over the framework's controls, a number in [0, 1]; null when no
//   control is PASS or FAIL. UNKNOWN, WARN, WAIVED, NOT_APPLICABLE and UNASSESSED controls are
//   outside the score and counted beside it.

export type ControlStatus = FindingStatus | "UNASSESSED";

const MOST_SEVERE_FIRST: readonly FindingStatus[] = ["FAIL", "UNKNOWN", "WARN", "WAIVED", "PASS", "NOT_APPLICABLE"];

/** The most severe of the statuses (order above); UNKNOWN for none, as no evidence is not a PASS. */
export function mostSevereStatus(statuses: readonly FindingStatus[]): FindingStatus {
  return MOST_SEVERE_FIRST.find((status) => statuses.includes(status)) ?? "UNKNOWN";
}

/** Check status per check id, over all subjects of one cluster's findings. */
export function checkStatuses(
  findings: readonly { checkId: string; status: FindingStatus }[],
): Map<string, FindingStatus> {
  const byCheck = new Map<string, FindingStatus[]>();
  for (const { checkId, status } of findings) {
    const statuses = byCheck.get(checkId);
    if (statuses) statuses.push(status);
    else byCheck.set(checkId, [status]);
  }
  return new Map([...byCheck].map(([checkId, statuses]) => [checkId, mostSevereStatus(statuses)]));
}

/** A control's status from the statuses of its mapped checks; `undefined` = not evaluated (UNKNOWN). */
export function controlStatus(mappedCheckStatuses: readonly (FindingStatus | undefined)[]): ControlStatus {
  if (mappedCheckStatuses.length === 0) return "UNASSESSED";
  return mostSevereStatus(mappedCheckStatuses.map((status) => status ?? "UNKNOWN"));
}

export interface StatusCounts {
  pass: number;
  fail: number;
  unknown: number;
  warn: number;
  waived: number;
  notApplicable: number;
  unassessed: number;
}

const COUNT_KEY: Record<ControlStatus, keyof StatusCounts> = {
  PASS: "pass",
  FAIL: "fail",
  UNKNOWN: "unknown",
  WARN: "warn",
  WAIVED: "waived",
  NOT_APPLICABLE: "notApplicable",
  UNASSESSED: "unassessed",
};

export interface ControlResult {
  controlId: string;
  status: ControlStatus;
  /** The mapped checks and their status on this cluster (UNKNOWN when they produced no finding). */
  checks: { checkId: string; status: FindingStatus }[];
}

export interface FrameworkScore {
  frameworkId: FrameworkId;
  /** PASS / (PASS + FAIL) in [0, 1]; null when no control is PASS or FAIL. */
  score: number | null;
  counts: StatusCounts;
  controls: ControlResult[];
}

/** Score = PASS / (PASS + FAIL); null when nothing is assessable. */
export function scoreOf(counts: Pick<StatusCounts, "pass" | "fail">): number | null {
  const assessable = counts.pass + counts.fail;
  return assessable === 0 ? null : counts.pass / assessable;
}

/** Control statuses, counts and score of every framework in the catalog for one cluster's findings. */
export function scoreFrameworks({
  catalog,
  findings,
}: {
  catalog: Catalog;
  findings: readonly { checkId: string; status: FindingStatus }[];
}): FrameworkScore[] {
  const statuses = checkStatuses(findings);
  const defined = new Set(catalog.checks.map((check) => check.id));
  const mappedChecks = new Map<string, string[]>();
  for (const mapping of catalog.mappings) {
    if (!defined.has(mapping.checkId)) continue;
    const key = `${mapping.frameworkId} ${mapping.controlId}`;
    const checkIds = mappedChecks.get(key);
    if (checkIds) checkIds.push(mapping.checkId);
    else mappedChecks.set(key, [mapping.checkId]);
  }

  return catalog.frameworks.map((framework) => {
    const counts: StatusCounts = { pass: 0, fail: 0, unknown: 0, warn: 0, waived: 0, notApplicable: 0, unassessed: 0 };
    const controls = framework.controls.map((control) => {
      const checks = [...new Set(mappedChecks.get(`${framework.id} ${control.id}`) ?? [])].map((checkId) => ({
        checkId,
        status: statuses.get(checkId) ?? ("UNKNOWN" as const),
      }));
      const status = controlStatus(checks.map((check) => check.status));
      counts[COUNT_KEY[status]] += 1;
      return { controlId: control.id, status, checks };
    });
    return { frameworkId: framework.id, score: scoreOf(counts), counts, controls };
  });
}
