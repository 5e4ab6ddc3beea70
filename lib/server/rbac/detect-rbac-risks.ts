import type {
  KubePolicyRule,
  KubeRole,
  KubeRoleBinding,
  KubeSubject,
} from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { ruleGrants } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import { RBAC_RISKS, type RbacRisk } from "@/lib/shared/rbac-graph-view";

const READ = ["get", "list", "watch"];
const ESCALATION_VERBS = new Set(["escalate", "bind", "impersonate"]);
/** What the default `system:public-info-viewer` ClusterRole opens (KEP-789), and nothing more. */
const PUBLIC_INFO_URLS = new Set(["/healthz", "/livez", "/readyz", "/version", "/version/"]);

const hasStar = (values: string[]) => values.includes("*");

/** The risks one policy rule carries on its own. */
export function ruleRisks(rule: KubePolicyRule): RbacRisk[] {
  const risks = new Set<RbacRisk>();
  if ([rule.verbs, rule.apiGroups, rule.resources, rule.nonResourceURLs].some(hasStar)) risks.add("wildcard");
  if (hasStar(rule.apiGroups) && hasStar(rule.resources) && hasStar(rule.verbs) && rule.resourceNames.length === 0) {
    risks.add("cluster-admin");
  }
  // Note: `*` verbs on roles or on users/groups/service accounts include escalate, bind and impersonate.
  if (
    rule.verbs.some((verb) => ESCALATION_VERBS.has(verb)) ||
    ruleGrants(rule, {
      apiGroups: ["rbac.authorization.k8s.io"],
      resources: ["roles", "clusterroles"],
      verbs: ["escalate", "bind"],
    }) ||
    ruleGrants(rule, { apiGroups: [""], resources: ["users", "groups", "serviceaccounts"], verbs: ["impersonate"] })
  ) {
    risks.add("escalation");
  }
  if (ruleGrants(rule, { apiGroups: [""], resources: ["secrets"], verbs: READ })) risks.add("secrets-read");
  return sortRisks(risks);
}

/** The risks of a role's rules together; the role named cluster-admin counts even when its rules are unknown. */
export function roleRisks({ name, namespace, rules }: Pick<KubeRole, "name" | "namespace" | "rules">): RbacRisk[] {
  const risks = new Set(rules.flatMap(ruleRisks));
  if (namespace === null && name === "cluster-admin") risks.add("cluster-admin");
  return sortRisks(risks);
}

/** Requests without credentials: the `system:anonymous` user and the `system:unauthenticated` group. */
export function isAnonymousSubject(subject: Pick<KubeSubject, "kind" | "name">): boolean {
  return (
    (subject.kind === "User" && subject.name === "system:anonymous") ||
    (subject.kind === "Group" && subject.name === "system:unauthenticated")
  );
}

/**
 * Kubernetes binds `system:unauthenticated` to `system:public-info-viewer` on purpose (health and
 * version endpoints). It is expected only while that role still opens nothing but those URLs.
 */
export function isExpectedDefaultBinding(binding: KubeRoleBinding, role: KubeRole | undefined): boolean {
  if (binding.namespace !== null || binding.name !== "system:public-info-viewer") return false;
  if (binding.roleRef.kind !== "ClusterRole" || binding.roleRef.name !== "system:public-info-viewer") return false;
  if (!role) return false;
  return role.rules.every(
    (rule) =>
      rule.resources.length === 0 &&
      rule.verbs.every((verb) => verb === "get") &&
      rule.nonResourceURLs.every((url) => PUBLIC_INFO_URLS.has(url)),
  );
}

export function sortRisks(risks: Iterable<RbacRisk>): RbacRisk[] {
  const set = new Set(risks);
  return RBAC_RISKS.filter((risk) => set.has(risk));
}
