import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { KUBELET_RULES, type KubeletRule } from "./rules/kubelet-rules";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeKubelets } from "./support/judge-kubelets";
import type { KubeletView } from "./support/read-kubelet-configs";

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The kubelet's effective value: its flag (which wins), else the configuration, else the default. */
export function judgeKubeletRule(
  rule: KubeletRule,
  view: KubeletView & { config: NonNullable<KubeletView["config"]> },
): Verdict {
  const rawFlag = view.flags?.[rule.flag];
  const flag = Array.isArray(rawFlag) ? rawFlag.at(-1) : rawFlag;
  const fromFlag = flag === undefined ? null : rule.parseFlag(flag);
  const fromConfig = rule.read(view.config);
  let value: unknown;
  let evidence: EvidenceItem;
  if (fromFlag !== null && fromFlag !== undefined) {
    value = fromFlag;
    evidence = {
      source: `${view.flagSource}.${rule.flag}`,
      value: flag ?? null,
      note: "the flag overrides the configuration file",
    };
  } else if (fromConfig !== null && fromConfig !== undefined) {
    value = fromConfig;
    evidence = { source: `${view.configSource}.${rule.field}`, value: fromConfig };
  } else {
    value = rule.defaultValue;
    evidence = {
      source: `${view.configSource}.${rule.field}`,
      value: null,
      note: `unset: the kubelet defaults to ${show(rule.defaultValue)} (KubeletConfiguration v1beta1)`,
    };
  }
  const found = `kubelet on ${view.name}: ${rule.field}=${show(value)}${evidence.value === null ? " (default)" : ""}`;
  return rule.isCompliant(value)
    ? { state: "compliant", message: `${found}.`, evidence: [evidence] }
    : { state: "violated", message: `${found}; it ${rule.expectation}.`, evidence: [evidence] };
}

function buildKubeletCheck(rule: KubeletRule): CheckEvaluator {
  const check = cisCheck(rule.cisId);
  return {
    check,
    evaluate: (context) =>
      judgeKubelets({
        context,
        check,
        manualViolation: rule.manualViolation,
        judge: (view) => judgeKubeletRule(rule, view),
      }),
  };
}

/** CIS 4.2.x checks that test one kubelet setting (see rules/kubelet-rules.ts). */
export const KUBELET_SETTING_EVALUATORS: CheckEvaluator[] = KUBELET_RULES.map(buildKubeletCheck);
