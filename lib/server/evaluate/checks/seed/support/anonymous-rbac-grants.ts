import type { KubePolicyRule, KubeRoleBinding, KubeSubject } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { isSystemSubject, roleOf, ruleGrants, type RbacData } from "../../cis/support/rbac-grants";

/** Requests without credentials: the user every anonymous request runs as, and its group. */
export function isAnonymousSubject(subject: KubeSubject): boolean {
  return (
    (subject.kind === "User" && subject.name === "system:anonymous") ||
    (subject.kind === "Group" && subject.name === "system:unauthenticated")
  );
}

/** Every authenticated user, or every service account (of the cluster or of one namespace). */
export function isBroadGroup(subject: KubeSubject): boolean {
  return (
    subject.kind === "Group" &&
    (subject.name === "system:authenticated" || subject.name.startsWith("system:serviceaccounts"))
  );
}

/**
 * Kubernetes' default grants to broad subjects (the API server re-creates them at start-up):
 * system:public-info-viewer (GET /healthz, /livez, /readyz, /version) to everyone, anonymous
 * included (KEP-789); system:basic-user and system:discovery to every authenticated user; the
 * service-account issuer discovery documents to every service account. Any other grant is not a default.
 */
const DEFAULT_GRANTS: Record<string, (subject: KubeSubject) => boolean> = {
  "system:public-info-viewer": (subject) => isAnonymousSubject(subject) || subject.name === "system:authenticated",
  "system:basic-user": (subject) => subject.name === "system:authenticated",
  "system:discovery": (subject) => subject.name === "system:authenticated",
  "system:service-account-issuer-discovery": (subject) => subject.name === "system:serviceaccounts",
};

/** Whether a binding's grant to a broad or anonymous subject is one of Kubernetes' defaults. */
export function isDefaultGrant(binding: KubeRoleBinding, subject: KubeSubject): boolean {
  const isDefault = DEFAULT_GRANTS[binding.roleRef.name];
  return binding.roleRef.kind === "ClusterRole" && isDefault !== undefined && isDefault(subject);
}

/** Bindings the platform itself creates to cluster-admin (system:masters; kubeadm's admin.conf group). */
const PLATFORM_ADMIN_BINDINGS = new Set(["cluster-admin", "kubeadm:cluster-admins"]);

const WRITE_VERBS = ["create", "update", "patch", "delete", "deletecollection"];
const ESCALATING_VERBS = ["escalate", "bind", "impersonate"];
const SECRET_READ = { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] };

export interface Privilege {
  /** FAIL: a takeover path; WARN: needs a reason (reading secrets, wide rights in one namespace). */
  severity: "FAIL" | "WARN";
  /** Words for the message, e.g. "every verb on every resource". */
  what: string;
}

function rulePrivileges(rule: KubePolicyRule, isClusterWide: boolean): Privilege[] {
  const wide = isClusterWide ? "FAIL" : "WARN";
  const found: Privilege[] = [];
  const resources = rule.resources.includes("*")
    ? 'every resource ("*")'
    : rule.resources.join(",") || rule.nonResourceURLs.join(",");
  if (rule.verbs.includes("*")) {
    found.push({ severity: wide, what: `every verb ("*") on ${resources}` });
  } else if (rule.resources.includes("*") && rule.verbs.some((verb) => WRITE_VERBS.includes(verb))) {
    found.push({ severity: wide, what: `write access to every resource ("*") of ${rule.apiGroups.join(",")}` });
  }
  const escalating = rule.verbs.filter((verb) => ESCALATING_VERBS.includes(verb));
  if (escalating.length > 0) found.push({ severity: "FAIL", what: `${escalating.join("/")} on ${resources}` });
  if (ruleGrants(rule, SECRET_READ)) found.push({ severity: "WARN", what: "reading Secrets" });
  return found;
}

/**
 * What a binding grants that least privilege does not allow to non-system subjects: cluster-admin
 * (outside the platform's own bindings), wildcards, escalate/bind/impersonate, reading Secrets.
 * Cluster-wide grants FAIL; the same rights inside one namespace WARN (a team may own its namespace),
 * except escalate/bind/impersonate, which FAIL anywhere. Empty when the role is unknown.
 */
export function privilegesOf(data: RbacData, binding: KubeRoleBinding): Privilege[] {
  const isClusterWide = binding.namespace === null;
  if (binding.roleRef.name === "cluster-admin") {
    if (isClusterWide && PLATFORM_ADMIN_BINDINGS.has(binding.name)) return [];
    return [{ severity: isClusterWide ? "FAIL" : "WARN", what: "cluster-admin" }];
  }
  const role = roleOf(data, binding);
  if (!role) return [];
  const found = role.rules.flatMap((rule) => rulePrivileges(rule, isClusterWide));
  const unique = new Map(found.map((privilege) => [privilege.what, privilege]));
  return [...unique.values()];
}

/**
 * People and workloads: not Kubernetes' own identities. The broad and anonymous groups are `system:`
 * names too, so they are judged separately (isBroadGroup, isAnonymousSubject).
 */
export function isNonSystemSubject(subject: KubeSubject): boolean {
  return !isSystemSubject(subject);
}
