import type { KubeObject } from "@/lib/sim/model";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import {
  DEFAULT_CLUSTER_ROLE_BINDINGS,
  DEFAULT_CLUSTER_ROLES,
  LOTSE_READER_BINDING,
  LOTSE_READER_ROLE,
  LOTSE_READER_SECRETS_BINDING,
  LOTSE_READER_SECRETS_ROLE,
  type BindingSeed,
  type RbacSubject,
  type RoleSeed,
} from "./default-rbac";
import type { NamespacePlan } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

const RBAC = "rbac.authorization.k8s.io";
interface MetaExtras {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

const BOOTSTRAP: MetaExtras = {
  labels: { "kubernetes.io/bootstrapping": "rbac-defaults" },
  annotations: { "rbac.authorization.kubernetes.io/autoupdate": "true" },
};

/**
 * Roles and bindings: the Kubernetes defaults, the platform's own (`platform`), Lotse's reader and
 * its optional Secret-listing role, an `edit` RoleBinding per team namespace and a narrow Role for each API service account. The
 * risky extras come from the posture: `anonymousBinding` binds `system:anonymous` to `view`,
 * each `wildcardRoles` is a `*`/`*`/`*` ClusterRole bound to a CI service account.
 */
export function buildRbac({
  context,
  namespaces,
  templates,
  platform,
}: {
  context: ClusterBuildContext;
  namespaces: NamespacePlan[];
  templates: WorkloadTemplate[];
  platform: { roles: RoleSeed[]; bindings: BindingSeed[] };
}): KubeObject[] {
  const { factory, createdAt, spec } = context;
  const objects: KubeObject[] = [];
  const subject = (entry: RbacSubject) =>
    entry.kind === "ServiceAccount"
      ? { kind: entry.kind, name: entry.name, namespace: entry.namespace }
      : { apiGroup: RBAC, ...entry };
  const clusterRole = (seed: RoleSeed, created: Date, meta: MetaExtras = BOOTSTRAP) =>
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: "ClusterRole",
      metadata: factory.meta({ kind: "ClusterRole", name: seed.name, created, ...meta }),
      rules: seed.rules,
      ...(seed.aggregationRule ? { aggregationRule: seed.aggregationRule } : {}),
    });
  const clusterBinding = (seed: BindingSeed, created: Date, meta: MetaExtras = BOOTSTRAP) =>
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: "ClusterRoleBinding",
      metadata: factory.meta({ kind: "ClusterRoleBinding", name: seed.name, created, ...meta }),
      roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: seed.role },
      subjects: seed.subjects.map(subject),
    });
  for (const role of DEFAULT_CLUSTER_ROLES) clusterRole(role, createdAt);
  for (const binding of DEFAULT_CLUSTER_ROLE_BINDINGS) clusterBinding(binding, createdAt);
  for (const role of platform.roles) clusterRole(role, createdAt, { labels: {}, annotations: {} });
  for (const binding of platform.bindings) clusterBinding(binding, createdAt, { labels: {}, annotations: {} });
  const lotseCreated = createdBetween({ context, key: "lotse-reader", fromDays: 30, toDays: 60 });
  clusterRole(LOTSE_READER_ROLE, lotseCreated, { labels: { "app.kubernetes.io/part-of": "lotse" }, annotations: {} });
  clusterBinding(LOTSE_READER_BINDING, lotseCreated, {
    labels: { "app.kubernetes.io/part-of": "lotse" },
    annotations: {},
  });
  clusterRole(LOTSE_READER_SECRETS_ROLE, lotseCreated, {
    labels: { "app.kubernetes.io/part-of": "lotse" },
    annotations: {},
  });
  clusterBinding(LOTSE_READER_SECRETS_BINDING, lotseCreated, {
    labels: { "app.kubernetes.io/part-of": "lotse" },
    annotations: {},
  });

  for (const plan of namespaces.filter((namespace) => namespace.isApp)) {
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: "RoleBinding",
      metadata: factory.meta({
        kind: "RoleBinding",
        name: "team-edit",
        namespace: plan.name,
        created: createdBetween({ context, key: `team:${plan.name}`, fromDays: 1, toDays: 60 }),
      }),
      roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
      subjects: [{ apiGroup: RBAC, kind: "Group", name: `port-authority:${plan.name}` }],
    });
  }
  for (const template of templates.filter((candidate) => candidate.name === "api")) {
    const name = `${template.name}-config-reader`;
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: "Role",
      metadata: factory.meta({ kind: "Role", name, namespace: template.namespace, created: template.created }),
      rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
    });
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: "RoleBinding",
      metadata: factory.meta({ kind: "RoleBinding", name, namespace: template.namespace, created: template.created }),
      roleRef: { apiGroup: RBAC, kind: "Role", name },
      subjects: [{ kind: "ServiceAccount", name: template.serviceAccountName, namespace: template.namespace }],
    });
  }
  if (spec.posture.anonymousBinding) {
    // A "temporary" fix for an unauthenticated health checker that was never removed.
    clusterBinding(
      { name: "legacy-healthcheck-anonymous", role: "view", subjects: [{ kind: "User", name: "system:anonymous" }] },
      createdBetween({ context, key: "anonymous-binding", fromDays: 60, toDays: 150 }),
      { labels: {}, annotations: { "port-authority.io/ticket": "OPS-1187" } },
    );
  }
  const ciNamespace = namespaces.find((namespace) => namespace.isApp)?.name ?? "default";
  for (let index = 0; index < spec.posture.wildcardRoles; index += 1) {
    const name = index === 0 ? "ci-deployer" : `ci-deployer-${index + 1}`;
    const created = createdBetween({ context, key: `wildcard:${index}`, fromDays: 20, toDays: 150 });
    clusterRole({ name, rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }] }, created, {
      labels: {},
      annotations: {},
    });
    clusterBinding(
      { name, role: name, subjects: [{ kind: "ServiceAccount", name: "gitlab-runner", namespace: ciNamespace }] },
      created,
      { labels: {}, annotations: {} },
    );
    if (index === 0) {
      objects.push({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: factory.meta({ kind: "ServiceAccount", name: "gitlab-runner", namespace: ciNamespace, created }),
      });
    }
  }
  return objects;
}
