import type { KyvernoVerifyImages } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { kubewardenMechanisms, ratifyEvidence, uncalledRatifyMechanisms } from "./image-policy-tool-mechanisms";

export type PolicyEngine = "Kyverno" | "Sigstore policy-controller" | "Gatekeeper" | "Kubewarden";

/**
 * enforce: rejects unverified images; partial: enforces in some namespaces only (a namespaced Kyverno
 * Policy); audit: reports and admits; inactive: configured but applies to nothing.
 */
export type PolicyMode = "enforce" | "partial" | "audit" | "inactive";

export interface PolicyMechanism {
  engine: PolicyEngine;
  /** e.g. `ClusterPolicy/verify-image-signatures`. */
  name: string;
  mode: PolicyMode;
  /** Why an `inactive` mechanism applies to nothing, e.g. "no namespace is labelled …". */
  inactiveReason?: string;
  evidence: EvidenceItem[];
}

const SIGSTORE_INCLUDE_LABEL = "policy.sigstore.dev/include";

/** Gatekeeper constraint kinds that verify signatures (Ratify's and common signature templates). */
const SIGNATURE_CONSTRAINT_KIND = /ratify|verif|signature|cosign|notation|sigstore/i;

/**
 * Kyverno policies with verifyImages rules; the action falls back entry → rule → policy → Audit
 * (Kyverno's default). An entry that only verifies attestations (no attestors of its own) checks
 * their content, not the image's signature: it is a CVE gate (support/critical-cve-gates), not one of these.
 */
function kyvernoMechanisms({ snapshot }: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  const verifiesSignature = (entry: KyvernoVerifyImages) =>
    entry.attestorCount > 0 || (entry.attestationTypes ?? []).length === 0;
  return (snapshot.kubernetes.kyvernoPolicies.data ?? []).flatMap((policy): PolicyMechanism[] => {
    const actions = policy.rules.flatMap((rule) =>
      rule.verifyImages
        .filter(verifiesSignature)
        .map((entry) => entry.failureAction ?? rule.failureAction ?? policy.validationFailureAction ?? "Audit"),
    );
    if (actions.length === 0) return [];
    const isEnforced = actions.some((action) => action.toLowerCase() === "enforce");
    const name =
      policy.namespace === null ? `ClusterPolicy/${policy.name}` : `Policy/${policy.namespace}/${policy.name}`;
    const imageReferences = policy.rules.flatMap((rule) =>
      rule.verifyImages.filter(verifiesSignature).flatMap((entry) => entry.imageReferences),
    );
    return [
      {
        engine: "Kyverno",
        name,
        mode: !isEnforced ? "audit" : policy.namespace === null ? "enforce" : "partial",
        evidence: [
          {
            source: `kubernetes.kyvernoPolicies[${name}].verifyImages`,
            value: { failureActions: [...new Set(actions)], imageReferences },
            note: isEnforced ? undefined : "Audit: unverified images are reported and admitted",
          },
        ],
      },
    ];
  });
}

/** ClusterImagePolicies apply only in namespaces labelled policy.sigstore.dev/include=true (opt-in). */
function sigstoreMechanisms({ snapshot }: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  const policies = snapshot.kubernetes.clusterImagePolicies.data ?? [];
  if (policies.length === 0) return [];
  const namespaces = snapshot.kubernetes.namespaces.data;
  const included = (namespaces ?? [])
    .filter((namespace) => namespace.labels[SIGSTORE_INCLUDE_LABEL] === "true")
    .map((namespace) => namespace.name);
  const running = new Set((snapshot.kubernetes.pods.data ?? []).map((pod) => pod.namespace));
  const uncovered = (namespaces ?? [])
    .map((namespace) => namespace.name)
    .filter((name) => running.has(name) && !included.includes(name) && !name.startsWith("kube-"));
  const coverage: EvidenceItem = {
    source: `kubernetes.namespaces[*].labels["${SIGSTORE_INCLUDE_LABEL}"]`,
    value: namespaces ? included : null,
    note: namespaces
      ? uncovered.length > 0
        ? `namespaces opted in; not opted in but running pods: ${uncovered.join(", ")}`
        : "namespaces opted in"
      : "the namespaces could not be read",
  };
  return policies.map((policy) => {
    const isEnforced = policy.mode.toLowerCase() === "enforce";
    return {
      engine: "Sigstore policy-controller",
      name: `ClusterImagePolicy/${policy.name}`,
      // Without readable namespaces the opt-in cannot be confirmed: such a policy is not counted as enforcing.
      mode: included.length === 0 ? "inactive" : isEnforced ? "enforce" : "audit",
      ...(included.length === 0 ? { inactiveReason: `no namespace is labelled ${SIGSTORE_INCLUDE_LABEL}=true` } : {}),
      evidence: [
        {
          source: `kubernetes.clusterImagePolicies[${policy.name}]`,
          value: { mode: policy.mode, imageGlobs: policy.imageGlobs, authorityCount: policy.authorityCount },
          note: isEnforced ? undefined : "warn mode: unverified images are admitted",
        },
        coverage,
      ],
    };
  });
}

/** Signature constraints of Gatekeeper; one that calls Ratify carries Ratify's verifiers as evidence. */
function gatekeeperMechanisms(context: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  const ratify = ratifyEvidence(context);
  return (context.snapshot.kubernetes.gatekeeperConstraints.data ?? [])
    .filter((constraint) => SIGNATURE_CONSTRAINT_KIND.test(constraint.kind))
    .map((constraint) => ({
      engine: "Gatekeeper",
      name: `${constraint.kind}/${constraint.name}`,
      mode: constraint.enforcementAction.toLowerCase() === "deny" ? "enforce" : "audit",
      evidence: [
        {
          source: `kubernetes.gatekeeperConstraints[${constraint.kind}/${constraint.name}].enforcementAction`,
          value: constraint.enforcementAction,
        },
        ...(ratify && /ratify/i.test(constraint.kind) ? [ratify] : []),
      ],
    }));
}

/** Every image-signature mechanism the snapshot shows, whatever its mode. */
export function findImagePolicyMechanisms(context: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  return [
    ...kyvernoMechanisms(context),
    ...sigstoreMechanisms(context),
    ...gatekeeperMechanisms(context),
    ...kubewardenMechanisms(context),
    ...uncalledRatifyMechanisms(context),
  ];
}

const WEBHOOK_NAME: Record<PolicyEngine, RegExp> = {
  Kyverno: /kyverno/i,
  "Sigstore policy-controller": /sigstore|policy-controller/i,
  Gatekeeper: /gatekeeper/i,
  // The controller names each policy's webhook `clusterwide-<policy>.kubewarden.admission`.
  Kubewarden: /kubewarden/i,
};

export type WebhookState = "fails-closed" | "fails-open" | "absent" | "unknown";

/**
 * Whether an engine's admission webhooks reject requests when the engine cannot answer: any webhook
 * with failurePolicy Fail (the v1 default when unset) → fails-closed; only Ignore → fails-open; no
 * webhook of the engine in complete lists → absent (its policies are not called at all).
 */
export function readEngineWebhooks(
  { snapshot }: Pick<EvaluationContext, "snapshot">,
  engine: PolicyEngine,
): { state: WebhookState; evidence: EvidenceItem } {
  const { validatingWebhooks, mutatingWebhooks } = snapshot.kubernetes;
  const lists = [validatingWebhooks, mutatingWebhooks];
  const webhooks = lists
    .flatMap((list) => list.data ?? [])
    .filter((webhook) => WEBHOOK_NAME[engine].test(`${webhook.configurationName} ${webhook.name}`));
  const isComplete = lists.every((list) => list.data !== null && list.errors.length === 0);
  const evidence: EvidenceItem = {
    source: `kubernetes.{validating,mutating}Webhooks[${engine}].failurePolicy`,
    value: Object.fromEntries(webhooks.map((webhook) => [webhook.name, webhook.failurePolicy ?? "Fail (default)"])),
  };
  if (webhooks.some((webhook) => (webhook.failurePolicy ?? "Fail") === "Fail")) {
    return { state: "fails-closed", evidence };
  }
  if (webhooks.length > 0) {
    return {
      state: "fails-open",
      evidence: { ...evidence, note: "Ignore: requests are admitted unverified when the engine does not answer" },
    };
  }
  return isComplete
    ? {
        state: "absent",
        evidence: { ...evidence, value: null, note: `no admission webhook of ${engine} is registered` },
      }
    : {
        state: "unknown",
        evidence: { ...evidence, value: null, note: "the webhook lists could not be read completely" },
      };
}
