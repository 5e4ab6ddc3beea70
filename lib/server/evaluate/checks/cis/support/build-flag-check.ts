import type { ControlPlaneComponent } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { cisCheck, type Verdict } from "./cis-verdict";
import { describeExpectation, describeFlag, evaluateFlagRules, type FlagOutcome, type FlagRule } from "./flag-rule";
import { judgeControlPlane } from "./judge-control-plane";
import { readEtcdFlags } from "./talos-etcd-flags";

/** One `--flag` CIS check, declared as data (see rules/*.ts). */
export interface FlagCheckSpec {
  cisId: string;
  component: ControlPlaneComponent;
  rules: FlagRule[];
  combine?: "all" | "any";
  /** Manual checks: the status of a failed audit (default WARN). */
  manualViolation?: "FAIL" | "WARN";
  /** CIS leaves the value to judgment ("as appropriate"): report the values as WARN, never judge them. */
  isReviewOnly?: boolean;
  /** Added to the evidence on Talos, e.g. that Talos fixes the flag. */
  talosNote?: string;
  /** More evidence per instance (e.g. that etcd is seen running on a Talos node). */
  extraEvidence?: (context: EvaluationContext, instance: ComponentInstance) => EvidenceItem[];
}

/** The evidence item of one judged flag. */
export function flagEvidence(instance: ComponentInstance, outcome: FlagOutcome, note?: string): EvidenceItem {
  const { occurrences, isDefault, effective, rule } = outcome;
  const notes = [
    isDefault ? `unset: the binary defaults to ${effective}` : undefined,
    occurrences.length > 1 ? `given ${occurrences.length} times` : undefined,
    note,
  ].filter((part): part is string => part !== undefined);
  return {
    source: `${instance.source}.${rule.flag}`,
    value: occurrences.length > 1 ? occurrences : (occurrences[0] ?? null),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  };
}

/** Judges one instance against a flag spec. */
export function judgeFlagSpec(spec: FlagCheckSpec, instance: ComponentInstance, isTalos: boolean): Verdict {
  const { outcomes, isCompliant } = evaluateFlagRules(instance.flags, spec.rules, spec.combine);
  const note = isTalos ? spec.talosNote : undefined;
  const evidence = outcomes.map((outcome) => flagEvidence(instance, outcome, note));
  const found = outcomes.map(describeFlag).join(", ");
  const where = `${spec.component} on ${instance.node}`;
  if (spec.isReviewOnly) {
    return { state: "review", message: `${where}: ${found}; CIS leaves the value to judgment: review it.`, evidence };
  }
  if (isCompliant) return { state: "compliant", message: `${where}: ${found}.`, evidence };
  const expected = outcomes
    .filter((outcome) => !outcome.isCompliant)
    .map((outcome) => describeExpectation(outcome.rule))
    .join(spec.combine === "any" ? " or " : "; ");
  return { state: "violated", message: `${where}: ${found}; ${expected}.`, evidence };
}

/** A CheckEvaluator for a declarative flag check: one finding per control-plane node. */
export function buildFlagCheck(spec: FlagCheckSpec): CheckEvaluator {
  const check = cisCheck(spec.cisId);
  return {
    check,
    evaluate: (context) =>
      judgeControlPlane({
        context,
        check,
        component: spec.component,
        manualViolation: spec.manualViolation,
        read: spec.component === "etcd" ? readEtcdFlags(context) : undefined,
        judge: (instance) => {
          const verdict = judgeFlagSpec(spec, instance, context.platform === "talos");
          const extra = spec.extraEvidence?.(context, instance) ?? [];
          return { ...verdict, evidence: [...verdict.evidence, ...extra] };
        },
      }),
  };
}
