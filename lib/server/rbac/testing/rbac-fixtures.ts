// Test support: RBAC objects as the collector maps them, built small and by hand for adapter tests.
import type {
  KubePolicyRule,
  KubeRole,
  KubeRoleBinding,
  KubeSubject,
} from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { buildUnknownKubernetesSnapshot } from "@/lib/server/collect/kubernetes/build-unknown-kubernetes-snapshot";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { RbacData } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";

export function rule(partial: Partial<KubePolicyRule> & Pick<KubePolicyRule, "verbs">): KubePolicyRule {
  return { apiGroups: [""], resources: [], resourceNames: [], nonResourceURLs: [], ...partial };
}

export function clusterRole(name: string, rules: KubePolicyRule[], labels: Record<string, string> = {}): KubeRole {
  return { name, namespace: null, labels, rules, hasAggregationRule: false };
}

export function role(namespace: string, name: string, rules: KubePolicyRule[]): KubeRole {
  return { name, namespace, labels: {}, rules, hasAggregationRule: false };
}

export const user = (name: string): KubeSubject => ({ kind: "User", name, namespace: null });
export const group = (name: string): KubeSubject => ({ kind: "Group", name, namespace: null });
export const serviceAccount = (namespace: string, name: string): KubeSubject => ({
  kind: "ServiceAccount",
  name,
  namespace,
});

export function clusterBinding(name: string, roleName: string, subjects: KubeSubject[]): KubeRoleBinding {
  return { name, namespace: null, labels: {}, roleRef: { kind: "ClusterRole", name: roleName }, subjects };
}

export function roleBinding(
  namespace: string,
  name: string,
  roleRef: { kind: "Role" | "ClusterRole"; name: string },
  subjects: KubeSubject[],
): KubeRoleBinding {
  return { name, namespace, labels: {}, roleRef, subjects };
}

const READ = ["get", "list", "watch"];

/** What every cluster has: cluster-admin for system:masters, the public-info-viewer default, and `view`. */
export function defaultRbac(): RbacData {
  const bootstrap = { "kubernetes.io/bootstrapping": "rbac-defaults" };
  return {
    roles: [
      clusterRole(
        "cluster-admin",
        [rule({ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }), rule({ nonResourceURLs: ["*"], verbs: ["*"] })],
        bootstrap,
      ),
      clusterRole(
        "system:public-info-viewer",
        [
          rule({
            apiGroups: [],
            nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/"],
            verbs: ["get"],
          }),
        ],
        bootstrap,
      ),
      clusterRole("view", [rule({ resources: ["pods", "services", "configmaps"], verbs: READ })], bootstrap),
    ],
    bindings: [
      clusterBinding("cluster-admin", "cluster-admin", [group("system:masters")]),
      clusterBinding("system:public-info-viewer", "system:public-info-viewer", [
        group("system:authenticated"),
        group("system:unauthenticated"),
      ]),
    ],
  };
}

/** Adds the classic mistake: `system:anonymous` bound to `view`. */
export function withAnonymousView(data: RbacData): RbacData {
  return {
    ...data,
    bindings: [...data.bindings, clusterBinding("legacy-healthcheck-anonymous", "view", [user("system:anonymous")])],
  };
}

/** A stored snapshot whose RBAC lists hold `data` (complete) and whose other parts are unknown. */
export function snapshotWithRbac(data: RbacData | null): StoredSnapshot {
  const kubernetes = buildUnknownKubernetesSnapshot({ errors: [] });
  if (data) {
    const ofScope = <T extends { namespace: string | null }>(items: T[], isCluster: boolean) =>
      items.filter((item) => (item.namespace === null) === isCluster);
    kubernetes.clusterRoles = { data: ofScope(data.roles, true), errors: [] };
    kubernetes.roles = { data: ofScope(data.roles, false), errors: [] };
    kubernetes.clusterRoleBindings = { data: ofScope(data.bindings, true), errors: [] };
    kubernetes.roleBindings = { data: ofScope(data.bindings, false), errors: [] };
  } else {
    const forbidden = { target: "kubernetes:roles", kind: "forbidden" as const, message: "roles is forbidden" };
    for (const part of ["roles", "clusterRoles", "roleBindings", "clusterRoleBindings"] as const) {
      kubernetes[part] = { data: null, errors: [{ ...forbidden, target: `kubernetes:${part}` }] };
    }
  }
  return {
    schemaVersion: 1,
    cluster: { id: "fixture", name: "fixture" },
    collector: { lotseVersion: "test", kubernetesIdentity: { groups: [], authKind: "token" }, talosRoles: null },
    kubernetes,
    talos: null,
    errors: [],
  };
}
