import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { capList, cisCheck, CLUSTER, toResult, unreadable, type Verdict } from "./support/cis-verdict";
import {
  bindingLabel,
  describeGrant,
  grantsFor,
  isBroadSubject,
  isBuiltInRole,
  isSystemSubject,
  readRbac,
  type AccessRequest,
} from "./support/rbac-grants";

/**
 * The Manual RBAC checks (5.1.8–5.1.13): who holds a sensitive permission. A grant to a broad
 * group or anonymous is a FAIL; otherwise WARN with the grants outside Kubernetes' own
 * (built-in role bound to a system identity) for a human to review.
 */
function capabilityCheck(cisId: string, requests: AccessRequest[], what: string): CheckEvaluator {
  const check = cisCheck(cisId);
  return {
    check,
    evaluate: (context: EvaluationContext) => {
      const reading = readRbac(context);
      if (reading.state === "unknown") {
        return [toResult({ check, subject: CLUSTER, verdict: unreadable("The RBAC objects", reading.errors) })];
      }
      const grants = requests.flatMap((request) => grantsFor(reading.data, request));
      const unique = [...new Map(grants.map((grant) => [bindingLabel(grant.binding), grant])).values()];
      const broad = unique.filter((grant) => grant.binding.subjects.some(isBroadSubject));
      const custom = unique.filter(
        (grant) => !(isBuiltInRole(grant.role) && grant.binding.subjects.every(isSystemSubject)),
      );
      const { items, more } = capList(custom.map(describeGrant));
      const evidence: EvidenceItem[] = [
        {
          source: `kubernetes.rbac[may ${what}]`,
          value: items,
          note: `grants outside Kubernetes' own${more > 0 ? `; ${more} more` : ""}${reading.incomplete ? "; RBAC lists incomplete" : ""}`,
        },
      ];
      let verdict: Verdict;
      if (broad.length > 0) {
        verdict = {
          state: "violated",
          message: `Broad groups may ${what}: ${broad.map((grant) => bindingLabel(grant.binding)).join(", ")}.`,
          evidence: [
            ...evidence,
            ...broad.map((grant) => ({
              source: `kubernetes.rbac[${bindingLabel(grant.binding)}]`,
              value: describeGrant(grant),
            })),
          ],
        };
      } else if (custom.length > 0) {
        verdict = {
          state: "review",
          message: `${custom.length} binding(s) outside Kubernetes' own may ${what}: review them.`,
          evidence,
        };
      } else {
        verdict = {
          state: reading.incomplete ? "unknown" : "review",
          message: reading.incomplete
            ? `Some RBAC lists are incomplete; no grant to ${what} was found in what was read.`
            : `Only Kubernetes' own identities may ${what}: confirm in review.`,
          evidence,
        };
      }
      return [toResult({ check, subject: CLUSTER, verdict, manualViolation: "FAIL" })];
    },
  };
}

export const bindEscalateImpersonateEvaluator = capabilityCheck(
  "5.1.8",
  [
    { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles", "clusterroles"], verbs: ["bind", "escalate"] },
    {
      apiGroups: ["", "authentication.k8s.io"],
      resources: ["users", "groups", "serviceaccounts", "userextras", "uids"],
      verbs: ["impersonate"],
    },
  ],
  "bind, escalate or impersonate",
);

export const persistentVolumeCreationEvaluator = capabilityCheck(
  "5.1.9",
  [{ apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create"] }],
  "create persistent volumes",
);

export const nodeProxyEvaluator = capabilityCheck(
  "5.1.10",
  [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get", "create", "update", "patch", "delete"] }],
  "use nodes/proxy",
);

export const csrApprovalEvaluator = capabilityCheck(
  "5.1.11",
  [
    {
      apiGroups: ["certificates.k8s.io"],
      resources: ["certificatesigningrequests/approval"],
      verbs: ["update", "patch"],
    },
    { apiGroups: ["certificates.k8s.io"], resources: ["signers"], verbs: ["approve"] },
  ],
  "approve certificate signing requests",
);

export const webhookConfigurationEvaluator = capabilityCheck(
  "5.1.12",
  [
    {
      apiGroups: ["admissionregistration.k8s.io"],
      resources: ["validatingwebhookconfigurations", "mutatingwebhookconfigurations"],
      verbs: ["create", "update", "patch", "delete"],
    },
  ],
  "change admission webhook configurations",
);

export const tokenCreationEvaluator = capabilityCheck(
  "5.1.13",
  [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
  "create service account tokens",
);

const mastersCheck = cisCheck("5.1.7");

/**
 * CIS 5.1.7 (Manual): system:masters. Membership comes from certificates, which the API does not
 * list: WARN for review, with the bindings naming the group. Lotse's own credential being in
 * system:masters is visible, and a FAIL (it needs read access only).
 */
export const systemMastersEvaluator: CheckEvaluator = {
  check: mastersCheck,
  evaluate: (context) => {
    const identity = context.snapshot.collector.kubernetesIdentity;
    const reading = readRbac(context);
    const naming =
      reading.state === "known"
        ? reading.data.bindings
            .filter((binding) =>
              binding.subjects.some((subject) => subject.kind === "Group" && subject.name === "system:masters"),
            )
            .map(bindingLabel)
        : [];
    const evidence: EvidenceItem[] = [
      {
        source: "collector.kubernetesIdentity.groups",
        value: identity.groups,
        note: "the credential Lotse itself uses",
      },
      {
        source: "kubernetes.rbac[group=system:masters]",
        value: naming,
        note: "system:masters bypasses RBAC whatever is bound",
      },
    ];
    const verdict: Verdict = identity.groups.includes("system:masters")
      ? {
          state: "violated",
          message: "The credential Lotse uses is in system:masters: it bypasses RBAC; give Lotse a read-only identity.",
          evidence,
        }
      : {
          state: "review",
          message: "Who holds system:masters certificates is not visible through the API: review issued certificates.",
          evidence,
        };
    return [toResult({ check: mastersCheck, subject: CLUSTER, verdict, manualViolation: "FAIL" })];
  },
};
