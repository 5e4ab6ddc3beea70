import { flagValue, readControlPlaneFlags } from "@/lib/server/evaluate/read-control-plane-flags";
import type { KubeRoleBinding } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { capList, cisCheck, CLUSTER, toResult } from "./support/cis-verdict";

/** API server flags as evidence, from every visible instance (none on a managed control plane). */
function apiServerFlagEvidence(context: EvaluationContext, flag: string): EvidenceItem[] {
  const read = readControlPlaneFlags(context, "kube-apiserver");
  if (read.state !== "known") {
    return [{ source: `kube-apiserver.${flag}`, value: null, note: read.reason }];
  }
  return read.instances.map((instance) => ({
    source: `${instance.source}.${flag}`,
    value: flagValue(instance.flags, flag) ?? null,
  }));
}

function bindings(context: EvaluationContext): KubeRoleBinding[] {
  const { roleBindings, clusterRoleBindings } = context.snapshot.kubernetes;
  return [...(clusterRoleBindings.data ?? []), ...(roleBindings.data ?? [])];
}

function subjectsEvidence(context: EvaluationContext, source: string, match: (kind: string, name: string) => boolean) {
  const names = bindings(context).flatMap((binding) =>
    binding.subjects
      .filter((subject) => match(subject.kind, subject.name))
      .map((subject) => `${subject.kind}/${subject.name} → ${binding.roleRef.kind}/${binding.roleRef.name}`),
  );
  const { items, more } = capList([...new Set(names)]);
  return { source, value: items, ...(more > 0 ? { note: `${more} more` } : {}) };
}

function identityEvidence(context: EvaluationContext): EvidenceItem {
  const identity = context.snapshot.collector.kubernetesIdentity;
  return {
    source: "collector.kubernetesIdentity",
    value: { user: identity.user ?? null, groups: identity.groups, authKind: identity.authKind },
    note: "the credential Lotse itself uses",
  };
}

/** A Manual CIS check with no audit: always WARN, with the evidence Lotse can offer for the review. */
function buildReviewCheck(
  cisId: string,
  message: string,
  evidence: (context: EvaluationContext) => EvidenceItem[],
): CheckEvaluator {
  const check = cisCheck(cisId);
  return {
    check,
    evaluate: (context) => [
      toResult({ check, subject: CLUSTER, verdict: { state: "review", message, evidence: evidence(context) } }),
    ],
  };
}

/** CIS 3.1.1: client certificates for users (who authenticates how is not visible: review). */
export const clientCertificateUsersEvaluator = buildReviewCheck(
  "3.1.1",
  "Which users authenticate with client certificates is not visible through the API: review the issued certificates and prefer OIDC for people.",
  (context) => [
    ...apiServerFlagEvidence(context, "client-ca-file"),
    subjectsEvidence(
      context,
      "rbac.bindings[kind=User]",
      (kind, name) => kind === "User" && !name.startsWith("system:"),
    ),
    identityEvidence(context),
  ],
);

/** CIS 3.1.2: service account tokens for users. */
export const serviceAccountTokenUsersEvaluator = buildReviewCheck(
  "3.1.2",
  "Whether people use service account tokens is not visible through the API: review who holds long-lived tokens.",
  (context) => [...apiServerFlagEvidence(context, "service-account-lookup"), identityEvidence(context)],
);

/** CIS 3.1.3: bootstrap tokens for users. */
export const bootstrapTokenUsersEvaluator = buildReviewCheck(
  "3.1.3",
  "Bootstrap tokens should only join nodes: review the bindings of the bootstrap groups and the token lifetimes.",
  (context) => [
    ...apiServerFlagEvidence(context, "enable-bootstrap-token-auth"),
    subjectsEvidence(
      context,
      "rbac.bindings[group=system:bootstrappers*]",
      (kind, name) => kind === "Group" && name.startsWith("system:bootstrappers"),
    ),
  ],
);
