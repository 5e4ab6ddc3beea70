import type { KubePolicyRule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

function list(values: string[], max: number): string {
  if (values.length <= max) return values.join(", ");
  return `${values.slice(0, max).join(", ")} +${values.length - max}`;
}

/** `get, list, watch on pods, services` / `get on /healthz, /livez`: what a rule allows, short. */
export function describeRuleLabel(rule: KubePolicyRule): string {
  const targets = rule.resources.length > 0 ? rule.resources : rule.nonResourceURLs;
  return `${list(rule.verbs, 4) || "no verbs"} on ${list(targets, 3) || "nothing"}`;
}

/** Where it applies: API groups (`core` for ""), named objects, or non-resource URLs. */
export function describeRuleDetail(rule: KubePolicyRule): string {
  if (rule.resources.length === 0 && rule.nonResourceURLs.length > 0) return "non-resource URLs";
  const groups = rule.apiGroups.map((group) => (group === "" ? "core" : group));
  const scope = `API group${groups.length === 1 ? "" : "s"} ${list(groups, 3) || "none"}`;
  return rule.resourceNames.length > 0 ? `${scope} · only ${list(rule.resourceNames, 3)}` : scope;
}
