import { CIS_CHECKS } from "@/lib/catalog/checks/cis-checks";
import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { CheckResult, EvidenceItem, FindingSubject } from "../../../evaluator-types";

/** The catalog definition of a CIS check by its CIS id (`1.2.1`); throws on an unknown id (a programming error). */
export function cisCheck(cisId: string): CheckDefinition {
  const check = CIS_CHECKS.find((candidate) => candidate.cis?.id === cisId);
  if (!check) throw new Error(`CIS check ${cisId} is not in the catalog`);
  return check;
}

/**
 * What an evaluator concluded about one subject, before CIS's assessment status is applied:
 * - `compliant`: the evidence meets the recommendation → PASS (Automated) or WARN (Manual: a human confirms);
 * - `violated`: the evidence contradicts it → FAIL (Automated) or the check's `manualViolation` (Manual);
 * - `review`: nothing decidable from data (CIS "as appropriate" judgments) → WARN;
 * - `unknown`: the data needed could not be read → UNKNOWN;
 * - `not-applicable`: the platform gives no access to it (managed control plane) → NOT_APPLICABLE.
 */
export type VerdictState = "compliant" | "violated" | "review" | "unknown" | "not-applicable";

export interface Verdict {
  state: VerdictState;
  message: string;
  evidence: EvidenceItem[];
}

export const CLUSTER: FindingSubject = { kind: "cluster" };

export function nodeSubject(name: string): FindingSubject {
  return { kind: "node", name };
}

export function namespaceSubject(name: string): FindingSubject {
  return { kind: "namespace", name };
}

const MANUAL_NOTE = "CIS marks this recommendation Manual: confirm it in review.";

/**
 * The finding for one verdict. Manual CIS checks never PASS: a compliant manual check is WARN
 * with the evidence, a violated one is `manualViolation` (FAIL only where the setting is plainly
 * insecure, WARN where CIS leaves the value to judgment).
 */
export function toResult({
  check,
  subject,
  verdict,
  manualViolation = "WARN",
}: {
  check: CheckDefinition;
  subject: FindingSubject;
  verdict: Verdict;
  manualViolation?: "FAIL" | "WARN";
}): CheckResult {
  const isAutomated = check.cis?.automated ?? false;
  const base = { checkId: check.id, subject, evidence: verdict.evidence };
  switch (verdict.state) {
    case "compliant":
      return isAutomated
        ? { ...base, status: "PASS", message: verdict.message }
        : { ...base, status: "WARN", message: `${verdict.message} ${MANUAL_NOTE}` };
    case "violated":
      return { ...base, status: isAutomated ? "FAIL" : manualViolation, message: verdict.message };
    case "review":
      return { ...base, status: "WARN", message: verdict.message };
    case "unknown":
      return { ...base, status: "UNKNOWN", message: verdict.message };
    case "not-applicable":
      return { ...base, status: "NOT_APPLICABLE", message: verdict.message };
  }
}

/** Collection errors as evidence of an UNKNOWN: what could not be read, and why. */
export function errorEvidence(errors: readonly CollectionError[]): EvidenceItem[] {
  return errors.map((error) => ({ source: error.target, value: null, note: `${error.kind}: ${error.message}` }));
}

/** An UNKNOWN verdict naming what could not be read, with the collection errors as evidence. */
export function unreadable(what: string, errors: readonly CollectionError[]): Verdict {
  const reason = errors[0]?.message;
  return {
    state: "unknown",
    message: reason ? `${what} could not be read: ${reason}.` : `${what} could not be read.`,
    evidence: errorEvidence(errors),
  };
}

/** At most `limit` items, and how many more there were (evidence stays readable). */
export function capList<T>(items: readonly T[], limit = 10): { items: T[]; more: number } {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** "a, b, c and 4 more" for messages. */
export function describeList(items: readonly string[], limit = 5): string {
  const { items: shown, more } = capList(items, limit);
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
