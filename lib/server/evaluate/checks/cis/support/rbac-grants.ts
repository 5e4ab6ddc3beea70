import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type {
  KubePolicyRule,
  KubeRole,
  KubeRoleBinding,
  KubeSubject,
} from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext } from "../../../evaluator-types";

export interface RbacData {
  roles: KubeRole[];
  bindings: KubeRoleBinding[];
}

/** `incomplete`: some list was cut short — findings may FAIL on what is there, never PASS. */
export type RbacReading =
  | { state: "known"; data: RbacData; incomplete: boolean; errors: CollectionError[] }
  | { state: "unknown"; errors: CollectionError[] };

export function readRbac({ snapshot }: Pick<EvaluationContext, "snapshot">): RbacReading {
  const { roles, clusterRoles, roleBindings, clusterRoleBindings } = snapshot.kubernetes;
  const parts = [roles, clusterRoles, roleBindings, clusterRoleBindings];
  const errors = parts.flatMap((part) => part.errors);
  if (parts.every((part) => part.data === null)) return { state: "unknown", errors };
  return {
    state: "known",
    data: {
      roles: [...(clusterRoles.data ?? []), ...(roles.data ?? [])],
      bindings: [...(clusterRoleBindings.data ?? []), ...(roleBindings.data ?? [])],
    },
    incomplete: errors.length > 0 || parts.some((part) => part.data === null),
    errors,
  };
}

/** A question for RBAC: may someone do any of `verbs` on `resource` (`nodes/proxy` for subresources)? */
export interface AccessRequest {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

function resourceMatches(ruleResource: string, resource: string): boolean {
  if (ruleResource === "*" || ruleResource === resource) return true;
  const [, subresource] = resource.split("/");
  return subresource !== undefined && ruleResource === `*/${subresource}`;
}

export function ruleGrants(rule: KubePolicyRule, request: AccessRequest): boolean {
  const groupOk = rule.apiGroups.some((group) => group === "*" || request.apiGroups.includes(group));
  const resourceOk = rule.resources.some((ruleResource) =>
    request.resources.some((resource) => resourceMatches(ruleResource, resource)),
  );
  const verbOk = rule.verbs.some((verb) => verb === "*" || request.verbs.includes(verb));
  return groupOk && resourceOk && verbOk;
}

export function roleOf(data: RbacData, binding: KubeRoleBinding): KubeRole | undefined {
  return data.roles.find(
    (role) =>
      role.name === binding.roleRef.name &&
      (binding.roleRef.kind === "ClusterRole" ? role.namespace === null : role.namespace === binding.namespace),
  );
}

export interface Grant {
  binding: KubeRoleBinding;
  role: KubeRole;
}

/** Every binding whose role allows the request. */
export function grantsFor(data: RbacData, request: AccessRequest): Grant[] {
  return data.bindings.flatMap((binding) => {
    const role = roleOf(data, binding);
    return role && role.rules.some((rule) => ruleGrants(rule, request)) ? [{ binding, role }] : [];
  });
}

const BROAD_GROUPS = new Set(["system:authenticated", "system:unauthenticated", "system:serviceaccounts"]);

/** Everyone, every authenticated user, every service account, or anonymous requests. */
export function isBroadSubject(subject: KubeSubject): boolean {
  return (
    (subject.kind === "Group" && BROAD_GROUPS.has(subject.name)) ||
    (subject.kind === "User" && subject.name === "system:anonymous")
  );
}

/** Kubernetes' own roles: bootstrapped defaults and the `system:` namespace of names. */
export function isBuiltInRole(role: KubeRole): boolean {
  return role.labels["kubernetes.io/bootstrapping"] === "rbac-defaults" || role.name.startsWith("system:");
}

/** Identities of Kubernetes itself: `system:` users and groups, kube-system service accounts. */
export function isSystemSubject(subject: KubeSubject): boolean {
  if (subject.kind === "ServiceAccount") return subject.namespace === "kube-system";
  return subject.name.startsWith("system:");
}

export function bindingLabel(binding: KubeRoleBinding): string {
  return binding.namespace === null
    ? `ClusterRoleBinding/${binding.name}`
    : `RoleBinding/${binding.namespace}/${binding.name}`;
}

export function subjectLabel(subject: KubeSubject): string {
  return subject.kind === "ServiceAccount"
    ? `ServiceAccount/${subject.namespace ?? ""}/${subject.name}`
    : `${subject.kind}/${subject.name}`;
}

/** `ClusterRoleBinding/x → ClusterRole/y: Group/a, User/b` for evidence. */
export function describeGrant({ binding, role }: Grant): string {
  const kind = role.namespace === null ? "ClusterRole" : "Role";
  return `${bindingLabel(binding)} → ${kind}/${role.name}: ${binding.subjects.map(subjectLabel).join(", ")}`;
}
