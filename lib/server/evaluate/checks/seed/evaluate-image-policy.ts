import { IMAGE_POLICY_CHECK } from "@/lib/catalog/checks/seed/image-policy";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { describeList, errorEvidence } from "../cis/support/cis-verdict";
import { readCriticalCveGates, type CveGateReading } from "./support/critical-cve-gates";
import { findImagePolicyMechanisms, readEngineWebhooks, type PolicyEngine } from "./support/image-policy-mechanisms";
import { summarizeScans, vulnerabilityReportEvidence } from "./support/vulnerability-report-evidence";

const check = IMAGE_POLICY_CHECK;

/**
 * seed.image-policy: one cluster finding. PASS when a cluster-wide mechanism verifies image
 * signatures in enforce mode (Kyverno ClusterPolicy verifyImages with failureAction Enforce, a
 * Sigstore ClusterImagePolicy in enforce mode with at least one namespace opted in, a Gatekeeper
 * signature constraint such as Ratify's with enforcementAction deny, or an active Kubewarden
 * signature policy in protect mode) and the engine's webhook fails closed. WARN when it enforces
 * but its webhook fails open (failurePolicy Ignore) or is not registered, when it enforces only in
 * one namespace (Kyverno Policy, Kubewarden AdmissionPolicy), or when verification is only audited.
 * FAIL when nothing verifies signatures and every policy list was read; UNKNOWN when some list
 * could not be read (the mechanism may be in the unread part). Which images a policy's references
 * cover is shown as evidence, not judged.
 *
 * Critical CVEs (support/critical-cve-gates), judged only where signatures pass, by the same rule
 * as signatures (enforce passes, report-only warns): a scanner whose findings no admission policy
 * acts on (scan only), or a CVE policy that only audits, turns the PASS into a WARN naming the gap;
 * an enforcing CVE policy is named in the PASS. With neither a scanner nor such a policy visible,
 * the status stays the signatures' and the evidence says so (what cannot be seen is not judged).
 * The CVE reading is evidence in every finding.
 */
export const imagePolicyEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const mechanisms = findImagePolicyMechanisms(context);
    const scans = vulnerabilityReportEvidence(context);
    const cves = readCriticalCveGates(context);
    const evidence = [
      ...mechanisms.flatMap((mechanism) => mechanism.evidence),
      ...(scans ? [scans] : []),
      cves.evidence,
    ];
    const enforcing = mechanisms.filter((mechanism) => mechanism.mode === "enforce");
    const finding = (status: CheckResult["status"], message: string, extra: EvidenceItem[] = []): CheckResult[] => {
      const judged = status === "PASS" ? judgeCriticalCves(message, cves, context) : { status, message };
      return [{ checkId: check.id, subject: { kind: "cluster" }, ...judged, evidence: [...evidence, ...extra] }];
    };
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
    const { kyvernoPolicies, clusterImagePolicies, gatekeeperConstraints, kubewardenPolicies, namespaces } =
      context.snapshot.kubernetes;
    // Snapshots from before Kubewarden was read lack its part: they are judged on the other engines.
    const parts = [
      kyvernoPolicies,
      clusterImagePolicies,
      gatekeeperConstraints,
      ...(kubewardenPolicies ? [kubewardenPolicies] : []),
    ];
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
      source: "kubernetes.{kyvernoPolicies,clusterImagePolicies,gatekeeperConstraints,kubewardenPolicies}.isServed",
      value: {
        kyverno: kyvernoPolicies.isServed,
        sigstore: clusterImagePolicies.isServed,
        gatekeeper: gatekeeperConstraints.isServed,
        kubewarden: kubewardenPolicies?.isServed ?? null,
      },
      note: "false: the engine's API is not installed",
    };
    return finding(
      "FAIL",
      inactive.length > 0
        ? `${describeList(inactive.map((m) => m.name))} verif${inactive.length === 1 ? "ies" : "y"} nothing because ${[...new Set(inactive.map((m) => m.inactiveReason ?? "it applies to nothing"))].join("; ")}, and no other policy checks image signatures.`
        : "No admission policy verifies image signatures (no Kyverno verifyImages, Sigstore ClusterImagePolicy, Kubewarden signature policy or Ratify/Gatekeeper constraint).",
      [served],
    );
  },
};

/** A signature PASS with the critical-CVE gap named: scan only or an auditing CVE policy → WARN. */
function judgeCriticalCves(
  message: string,
  cves: CveGateReading,
  context: Parameters<CheckEvaluator["evaluate"]>[0],
): Pick<CheckResult, "status" | "message"> {
  const base = message.replace(/\.$/, "");
  const gates = describeList(cves.gates);
  if (cves.state === "enforced")
    return { status: "PASS", message: `${base}; critical CVEs are rejected at admission by ${gates}.` };
  if (cves.state === "audited") {
    return {
      status: "WARN",
      message: `${base}, but ${gates} only report${cves.gates.length === 1 ? "s" : ""} critical CVEs (audit, or single namespaces), so such images are still admitted.`,
    };
  }
  if (cves.state === "scan-only") {
    const running = summarizeScans(context.snapshot.kubernetes.vulnerabilityReports?.data ?? [], context.now)
      .withCritical.length;
    return {
      status: "WARN",
      message: `${base}, but critical CVEs are only scanned: Trivy Operator reports ${running} workload container${running === 1 ? "" : "s"} with critical vulnerabilities, and no admission policy rejects such images.`,
    };
  }
  return { status: "PASS", message };
}

function describeWeakWebhooks(weak: { engine: PolicyEngine; state: string }[]): string {
  return weak
    .map((webhook) =>
      webhook.state === "absent"
        ? `no ${webhook.engine} admission webhook is registered, so its policies are not called`
        : `every ${webhook.engine} webhook has failurePolicy Ignore, so images are admitted unverified when it does not answer`,
    )
    .join(", and ");
}
