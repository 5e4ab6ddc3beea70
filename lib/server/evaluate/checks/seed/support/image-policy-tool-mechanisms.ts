import type { RatifyResource } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import type { PolicyMechanism } from "./image-policy-mechanisms";

/** Kubewarden modules that verify image signatures (the project's verify-image-signatures and look-alikes). */
const SIGNATURE_MODULE = /verify-image-signatures|sigstore|cosign|notation|signature/i;
/** Gatekeeper constraint kinds through which Gatekeeper calls Ratify. */
const RATIFY_CONSTRAINT_KIND = /ratify/i;

/**
 * Kubewarden policies that verify image signatures: protect → enforce (a ClusterAdmissionPolicy) or
 * partial (a namespaced AdmissionPolicy), monitor → audit; a policy no policy server runs yet
 * (policyStatus other than active) verifies nothing.
 */
export function kubewardenMechanisms({ snapshot }: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  return (snapshot.kubernetes.kubewardenPolicies?.data ?? [])
    .filter((policy) => SIGNATURE_MODULE.test(policy.module ?? ""))
    .map((policy): PolicyMechanism => {
      const name =
        policy.namespace === null
          ? `ClusterAdmissionPolicy/${policy.name}`
          : `AdmissionPolicy/${policy.namespace}/${policy.name}`;
      const isActive = policy.policyStatus === null || policy.policyStatus === "active";
      const isProtect = policy.mode.toLowerCase() === "protect";
      return {
        engine: "Kubewarden",
        name,
        mode: !isActive ? "inactive" : !isProtect ? "audit" : policy.namespace === null ? "enforce" : "partial",
        ...(isActive
          ? {}
          : { inactiveReason: `its policyStatus is ${policy.policyStatus}, so no policy server runs it` }),
        evidence: [
          {
            source: `kubernetes.kubewardenPolicies[${name}]`,
            value: { module: policy.module, mode: policy.mode, policyStatus: policy.policyStatus },
            note: isProtect ? undefined : "monitor: unverified images are logged and admitted",
          },
        ],
      };
    });
}

/** Ratify's verifiers and stores as one evidence item; null when Ratify is not installed. */
export function ratifyEvidence({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem | null {
  const part = snapshot.kubernetes.ratifyResources;
  if (!part || part.isServed !== true) return null;
  const describe = (resource: RatifyResource) => `${resource.name} (${resource.type ?? "?"})`;
  const resources = part.data ?? [];
  const failing = resources.filter((resource) => resource.isSuccess === false);
  return {
    source: "kubernetes.ratifyResources",
    value: {
      verifiers: resources.filter((resource) => resource.kind === "Verifier").map(describe),
      stores: resources.filter((resource) => resource.kind === "Store").map(describe),
      failing: failing.map((resource) => `${describe(resource)}: ${resource.error ?? "not ready"}`),
    },
    note:
      part.data === null
        ? "Ratify's verifiers could not be read"
        : "Ratify verifies signatures and attestations for Gatekeeper; a verifier that is not ready fails every image it checks",
  };
}

/**
 * Ratify installed with verifiers, but no Gatekeeper constraint of a Ratify kind calls it: it
 * verifies nothing on its own (Gatekeeper's constraints are what reject). Empty otherwise.
 */
export function uncalledRatifyMechanisms(context: Pick<EvaluationContext, "snapshot">): PolicyMechanism[] {
  const evidence = ratifyEvidence(context);
  const verifiers = (context.snapshot.kubernetes.ratifyResources?.data ?? []).filter(
    (resource) => resource.kind === "Verifier",
  );
  const isCalled = (context.snapshot.kubernetes.gatekeeperConstraints.data ?? []).some((constraint) =>
    RATIFY_CONSTRAINT_KIND.test(constraint.kind),
  );
  if (!evidence || verifiers.length === 0 || isCalled) return [];
  return [
    {
      engine: "Gatekeeper",
      name: `Ratify (${verifiers.map((verifier) => verifier.name).join(", ")})`,
      mode: "inactive",
      inactiveReason: "no Gatekeeper constraint of a Ratify kind (e.g. RatifyVerification) calls it",
      evidence: [evidence],
    },
  ];
}
