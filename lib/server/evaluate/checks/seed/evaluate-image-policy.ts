import { IMAGE_POLICY_CHECK } from "@/lib/catalog/checks/seed/image-policy";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { describeList, errorEvidence } from "../cis/support/cis-verdict";
import { findImagePolicyMechanisms, readEngineWebhooks, type PolicyEngine } from "./support/image-policy-mechanisms";
import { vulnerabilityReportEvidence } from "./support/vulnerability-report-evidence";

const check = IMAGE_POLICY_CHECK;

/**
 * seed.image-policy: one cluster finding. PASS when a cluster-wide mechanism verifies image
 * signatures in enforce mode (Kyverno ClusterPolicy verifyImages with failureAction Enforce, a
 * Sigstore ClusterImagePolicy in enforce mode with at least one namespace opted in, or a Gatekeeper
 * signature constraint such as Ratify's with enforcementAction deny) and the engine's webhook fails
 * closed. WARN when it enforces but its webhook fails open (failurePolicy Ignore) or is not
 * registered, when it enforces only in one namespace (Kyverno Policy), or when verification is only
 * audited. FAIL when nothing verifies signatures and every policy list was read; UNKNOWN when some
 * list could not be read (the mechanism may be in the unread part). Which images a policy's
 * references cover is shown as evidence, not judged.
 */
export const imagePolicyEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const mechanisms = findImagePolicyMechanisms(context);
    const scans = vulnerabilityReportEvidence(context);
    const evidence = [...mechanisms.flatMap((mechanism) => mechanism.evidence), ...(scans ? [scans] : [])];
    const enforcing = mechanisms.filter((mechanism) => mechanism.mode === "enforce");
    const finding = (status: CheckResult["status"], message: string, extra: EvidenceItem[] = []): CheckResult[] => [
      { checkId: check.id, subject: { kind: "cluster" }, status, message, evidence: [...evidence, ...extra] },
    ];
    if (enforcing.length > 0) {
      const engines = [...new Set(enforcing.map((mechanism) => mechanism.engine))];
      const webhooks = engines.map((engine) => ({ engine, ...readEngineWebhooks(context, engine) }));
      const webhookEvidence = webhooks.map((webhook) => webhook.evidence);
      const names = describeList(enforcing.map((mechanism) => mechanism.name));
      if (webhooks.some((webhook) => webhook.state === "fails-closed")) {
        return finding("PASS", `Image signatures are verified in enforce mode by ${names}.`, webhookEvidence);
      }
      const weak = webhooks.filter((webhook) => webhook.state === "fails-open" || webhook.state === "absent");
      if (weak.length > 0) {
        return finding(
          "WARN",
          `${names} enforce${enforcing.length === 1 ? "s" : ""} image signatures, but ${describeWeakWebhooks(weak)}.`,
          webhookEvidence,
        );
      }
      return finding(
        "PASS",
        `Image signatures are verified in enforce mode by ${names} (the engine's webhooks could not be read).`,
        webhookEvidence,
      );
    }
    const partial = mechanisms.filter((mechanism) => mechanism.mode === "partial");
    if (partial.length > 0) {
      return finding(
        "WARN",
        `Image signatures are enforced only inside single namespaces (${describeList(partial.map((m) => m.name))}); use a cluster-wide policy.`,
      );
    }
    const audit = mechanisms.filter((mechanism) => mechanism.mode === "audit");
    if (audit.length > 0) {
      return finding(
        "WARN",
        `Image signatures are only audited (${describeList(audit.map((m) => m.name))}), so unverified images are still admitted.`,
      );
    }
    const { kyvernoPolicies, clusterImagePolicies, gatekeeperConstraints, namespaces } = context.snapshot.kubernetes;
    const parts = [kyvernoPolicies, clusterImagePolicies, gatekeeperConstraints];
    const unread = parts.filter((part) => part.data === null || part.errors.length > 0 || part.isServed === null);
    const inactive = mechanisms.filter((mechanism) => mechanism.mode === "inactive");
    if (unread.length > 0 || (inactive.length > 0 && !namespaces.data)) {
      return finding(
        "UNKNOWN",
        "No enforcing image-signature policy was found, but some policy lists could not be read.",
        errorEvidence([...parts.flatMap((part) => part.errors), ...namespaces.errors]),
      );
    }
    const served: EvidenceItem = {
      source: "kubernetes.{kyvernoPolicies,clusterImagePolicies,gatekeeperConstraints}.isServed",
      value: {
        kyverno: kyvernoPolicies.isServed,
        sigstore: clusterImagePolicies.isServed,
        gatekeeper: gatekeeperConstraints.isServed,
      },
      note: "false: the engine's API is not installed",
    };
    return finding(
      "FAIL",
      inactive.length > 0
        ? `${describeList(inactive.map((m) => m.name))} verif${inactive.length === 1 ? "ies" : "y"} nothing because no namespace is labelled policy.sigstore.dev/include=true, and no other policy checks image signatures.`
        : "No admission policy verifies image signatures (no Kyverno verifyImages, Sigstore ClusterImagePolicy or Ratify/Gatekeeper constraint).",
      [served],
    );
  },
};

function describeWeakWebhooks(weak: { engine: PolicyEngine; state: string }[]): string {
  return weak
    .map((webhook) =>
      webhook.state === "absent"
        ? `no ${webhook.engine} admission webhook is registered, so its policies are not called`
        : `every ${webhook.engine} webhook has failurePolicy Ignore, so images are admitted unverified when it does not answer`,
    )
    .join(", and ");
}
