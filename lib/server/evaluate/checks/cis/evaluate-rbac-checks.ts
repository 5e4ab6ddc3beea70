import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { KubeRoleBinding } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { capList, cisCheck, CLUSTER, errorEvidence, toResult, unreadable } from "./support/cis-verdict";
import {
  bindingLabel,
  describeGrant,
  grantsFor,
  isBroadSubject,
  isBuiltInRole,
  readRbac,
  roleOf,
  type AccessRequest,
  type RbacData,
} from "./support/rbac-grants";

interface Offender {
  subject: CheckResult["subject"];
  message: string;
  evidence: EvidenceItem[];
}

/**
 * Shared shape of the automated RBAC checks: one FAIL per offending object; none → one PASS that
 * cites what was examined — unless the RBAC lists are incomplete, then UNKNOWN (no PASS from an absence).
 */
function rbacCheck(
  cisId: string,
  find: (data: RbacData) => Offender[],
  pass: (data: RbacData) => { message: string; evidence: EvidenceItem[] },
): CheckEvaluator {
  const check: CheckDefinition = cisCheck(cisId);
  return {
    check,
    evaluate: (context: EvaluationContext) => {
      const reading = readRbac(context);
      if (reading.state === "unknown") {
        return [toResult({ check, subject: CLUSTER, verdict: unreadable("The RBAC objects", reading.errors) })];
      }
      const results = find(reading.data).map(({ subject, message, evidence }) =>
        toResult({ check, subject, verdict: { state: "violated", message, evidence } }),
      );
      if (reading.incomplete) {
        const verdict = {
          state: "unknown" as const,
          message: "Some RBAC lists could not be read completely.",
          evidence: errorEvidence(reading.errors),
        };
        return [...results, toResult({ check, subject: CLUSTER, verdict })];
      }
      if (results.length > 0) return results;
      return [toResult({ check, subject: CLUSTER, verdict: { state: "compliant", ...pass(reading.data) } })];
    },
  };
}

const bindingSubject = (binding: KubeRoleBinding): CheckResult["subject"] => ({
  kind: "object",
  apiKind: binding.namespace === null ? "ClusterRoleBinding" : "RoleBinding",
  name: binding.name,
  ...(binding.namespace ? { namespace: binding.namespace } : {}),
});

/** Bindings the platform itself creates to cluster-admin (system:masters; kubeadm's admin.conf group). */
const PLATFORM_ADMIN_BINDINGS = new Set(["cluster-admin", "kubeadm:cluster-admins"]);

/** A custom ClusterRole that allows every verb on every resource: cluster-admin in all but name. */
function isClusterAdminEquivalent(data: RbacData, binding: KubeRoleBinding): boolean {
  const role = roleOf(data, binding);
  return (
    role !== undefined &&
    role.namespace === null &&
    !isBuiltInRole(role) &&
    role.rules.some((rule) => rule.apiGroups.includes("*") && rule.resources.includes("*") && rule.verbs.includes("*"))
  );
}

/**
 * CIS 5.1.1: cluster-admin is bound only by the platform's own bindings. A ClusterRoleBinding to a
 * custom role granting `*` on `*` counts as cluster-admin too.
 */
export const clusterAdminUseEvaluator = rbacCheck(
  "5.1.1",
  (data) =>
    data.bindings
      .filter((binding) => binding.namespace === null)
      .filter(
        (binding) =>
          (binding.roleRef.name === "cluster-admin" && !PLATFORM_ADMIN_BINDINGS.has(binding.name)) ||
          isClusterAdminEquivalent(data, binding),
      )
      .map((binding) => ({
        subject: bindingSubject(binding),
        message: `${bindingLabel(binding)} grants ${
          binding.roleRef.name === "cluster-admin"
            ? "cluster-admin"
            : `ClusterRole/${binding.roleRef.name} (every verb on every resource, cluster-admin in all but name)`
        } to ${binding.subjects.map((s) => `${s.kind}/${s.name}`).join(", ")}.`,
        evidence: [
          {
            source: `kubernetes.clusterRoleBindings[${binding.name}]`,
            value: { roleRef: binding.roleRef, subjects: binding.subjects },
          },
        ],
      })),
  (data) => {
    const platform = data.bindings.filter(
      (binding) => binding.namespace === null && binding.roleRef.name === "cluster-admin",
    );
    return {
      message: "cluster-admin is bound only by the platform's own bindings.",
      evidence: [
        {
          source: "kubernetes.clusterRoleBindings[roleRef=cluster-admin]",
          value: platform.map((binding) => binding.name),
          note: `${data.bindings.length} bindings examined`,
        },
      ],
    };
  },
);

function broadAccessCheck(cisId: string, request: AccessRequest, what: string): CheckEvaluator {
  return rbacCheck(
    cisId,
    (data) =>
      grantsFor(data, request)
        .filter((grant) => grant.binding.subjects.some(isBroadSubject))
        .map((grant) => ({
          subject: bindingSubject(grant.binding),
          message: `${bindingLabel(grant.binding)} lets ${grant.binding.subjects
            .filter(isBroadSubject)
            .map((s) => s.name)
            .join(", ")} ${what}.`,
          evidence: [{ source: `kubernetes.rbac[${bindingLabel(grant.binding)}]`, value: describeGrant(grant) }],
        })),
    (data) => {
      const { items, more } = capList(grantsFor(data, request).map(describeGrant));
      return {
        message: `No broad group (system:authenticated, system:unauthenticated, system:serviceaccounts) or anonymous user may ${what}.`,
        evidence: [
          {
            source: `kubernetes.rbac[may ${what}]`,
            value: items,
            note: `who may, for review${more > 0 ? `; ${more} more` : ""}`,
          },
        ],
      };
    },
  );
}

/** CIS 5.1.2: secrets are not readable by everyone. */
export const secretAccessEvaluator = broadAccessCheck(
  "5.1.2",
  { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] },
  "read secrets",
);

/** CIS 5.1.4: pods cannot be created by everyone. */
export const podCreationEvaluator = broadAccessCheck(
  "5.1.4",
  { apiGroups: [""], resources: ["pods"], verbs: ["create"] },
  "create pods",
);

/** CIS 5.1.3: no wildcard in roles other than Kubernetes' own. */
export const wildcardRolesEvaluator = rbacCheck(
  "5.1.3",
  (data) =>
    data.roles
      .filter((role) => !isBuiltInRole(role))
      .filter((role) =>
        role.rules.some((rule) => [rule.apiGroups, rule.resources, rule.verbs].some((list) => list.includes("*"))),
      )
      .map((role) => ({
        subject: {
          kind: "object",
          apiKind: role.namespace === null ? "ClusterRole" : "Role",
          name: role.name,
          ...(role.namespace ? { namespace: role.namespace } : {}),
        },
        message: `${role.namespace === null ? `ClusterRole/${role.name}` : `Role/${role.namespace}/${role.name}`} uses "*" in its rules.`,
        evidence: [{ source: `kubernetes.roles[${role.namespace ?? ""}/${role.name}].rules`, value: role.rules }],
      })),
  (data) => ({
    message: "No role outside Kubernetes' built-in ones uses a wildcard.",
    evidence: [
      {
        source: "kubernetes.roles",
        value: data.roles.filter((role) => !isBuiltInRole(role)).length,
        note: "custom Roles and ClusterRoles examined",
      },
    ],
  }),
);
