import { flagList, readControlPlaneFlags } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { cisCheck, CLUSTER, toResult, unreadable, type Verdict } from "./support/cis-verdict";

const ENFORCING_LEVELS = new Set(["baseline", "restricted"]);

/** Admission mechanisms that reject pods (not the audit-only ones), each as one evidence item. */
function enforcingMechanisms(context: EvaluationContext): EvidenceItem[] {
  const kube = context.snapshot.kubernetes;
  const found: EvidenceItem[] = [];
  const labelled = (kube.namespaces.data ?? []).filter((namespace) =>
    ENFORCING_LEVELS.has(namespace.podSecurity.enforce ?? ""),
  );
  if (labelled.length > 0) {
    found.push({
      source: "kubernetes.namespaces[*].labels[pod-security.kubernetes.io/enforce]",
      value: Object.fromEntries(labelled.map((namespace) => [namespace.name, namespace.podSecurity.enforce])),
    });
  }
  for (const node of context.snapshot.talos?.nodes ?? []) {
    const enforce = node.admissionControl.data?.podSecurity?.defaults.enforce;
    if (enforce && ENFORCING_LEVELS.has(enforce)) {
      found.push({
        source: `talos.nodes[${node.node}].admissionControl.podSecurity.defaults.enforce`,
        value: enforce,
        note: "cluster-wide Pod Security default (exempt namespaces excluded)",
      });
      break;
    }
  }
  const kyverno = (kube.kyvernoPolicies.data ?? []).filter(
    (policy) =>
      policy.validationFailureAction?.toLowerCase() === "enforce" ||
      policy.rules.some((rule) => rule.failureAction?.toLowerCase() === "enforce"),
  );
  if (kyverno.length > 0)
    found.push({ source: "kubernetes.kyvernoPolicies[Enforce]", value: kyverno.map((p) => p.name) });
  const constraints = (kube.gatekeeperConstraints.data ?? []).filter((c) => c.enforcementAction === "deny");
  if (constraints.length > 0) {
    found.push({
      source: "kubernetes.gatekeeperConstraints[deny]",
      value: constraints.map((c) => `${c.kind}/${c.name}`),
    });
  }
  const vap = (kube.validatingAdmissionPolicyBindings.data ?? []).filter((b) => b.validationActions.includes("Deny"));
  if (vap.length > 0)
    found.push({ source: "kubernetes.validatingAdmissionPolicyBindings[Deny]", value: vap.map((b) => b.name) });
  return found;
}

const mechanismCheck = cisCheck("5.2.1");

/**
 * CIS 5.2.1 (Manual): at least one policy mechanism rejects pods — Pod Security enforce labels,
 * Talos' cluster-wide PodSecurity default, Kyverno Enforce, Gatekeeper deny, or a Deny
 * ValidatingAdmissionPolicy. None, with every part read, is a FAIL.
 */
export const policyMechanismEvaluator: CheckEvaluator = {
  check: mechanismCheck,
  evaluate: (context) => {
    const kube = context.snapshot.kubernetes;
    if (!kube.namespaces.data) {
      return [
        toResult({
          check: mechanismCheck,
          subject: CLUSTER,
          verdict: unreadable("The namespaces", kube.namespaces.errors),
        }),
      ];
    }
    const found = enforcingMechanisms(context);
    const parts = [
      kube.namespaces,
      kube.kyvernoPolicies,
      kube.gatekeeperConstraints,
      kube.validatingAdmissionPolicyBindings,
    ];
    const errors = parts.flatMap((part) => part.errors);
    const verdict: Verdict =
      found.length > 0
        ? {
            state: "compliant",
            message: `${found.length} admission mechanism(s) reject non-compliant pods.`,
            evidence: found,
          }
        : errors.length > 0
          ? unreadable("Some admission policy lists", errors)
          : {
              state: "violated",
              message:
                "No admission mechanism rejects pods: no enforce labels, no enforcing Kyverno, Gatekeeper or ValidatingAdmissionPolicy.",
              evidence: [
                { source: "kubernetes.namespaces[*].labels[pod-security.kubernetes.io/enforce]", value: null },
              ],
            };
    return [toResult({ check: mechanismCheck, subject: CLUSTER, verdict, manualViolation: "FAIL" })];
  },
};

const provenanceCheck = cisCheck("5.5.1");

/**
 * CIS 5.5.1 (Manual): image provenance is verified at admission — the ImagePolicyWebhook plugin,
 * Kyverno verifyImages, or a Sigstore ClusterImagePolicy. WARN either way (CIS leaves the means to
 * judgment); the message says whether anything enforces it. UNKNOWN when none was found but some
 * place one could be was not read.
 */
export const imageProvenanceEvaluator: CheckEvaluator = {
  check: provenanceCheck,
  evaluate: (context) => {
    const kube = context.snapshot.kubernetes;
    const evidence: EvidenceItem[] = [];
    const flags = readControlPlaneFlags(context, "kube-apiserver");
    if (flags.state === "known") {
      for (const instance of flags.instances) {
        const plugins = flagList(instance.flags, "enable-admission-plugins");
        if (plugins.includes("ImagePolicyWebhook"))
          evidence.push({ source: `${instance.source}.enable-admission-plugins`, value: plugins });
      }
    }
    const verifying = (kube.kyvernoPolicies.data ?? []).filter((policy) =>
      policy.rules.some((rule) => rule.verifyImages.length > 0),
    );
    if (verifying.length > 0) {
      evidence.push({
        source: "kubernetes.kyvernoPolicies[verifyImages]",
        value: verifying.map((policy) => ({ name: policy.name, action: policy.validationFailureAction })),
      });
    }
    const sigstore = kube.clusterImagePolicies.data ?? [];
    if (sigstore.length > 0) {
      evidence.push({
        source: "kubernetes.clusterImagePolicies",
        value: sigstore.map((policy) => ({ name: policy.name, mode: policy.mode })),
      });
    }
    // Nothing found means "none" only when every place a verifier could be was read.
    const errors = [
      ...(flags.state === "unknown" ? flags.errors : []),
      ...kube.kyvernoPolicies.errors,
      ...kube.clusterImagePolicies.errors,
    ];
    const isComplete =
      flags.state !== "unknown" &&
      kube.kyvernoPolicies.data !== null &&
      kube.clusterImagePolicies.data !== null &&
      errors.length === 0;
    const verdict: Verdict =
      evidence.length > 0
        ? {
            state: "compliant",
            message: `Image provenance is verified at admission (${evidence.length} mechanism(s)).`,
            evidence,
          }
        : !isComplete
          ? unreadable("The image verification mechanisms (API server flags, Kyverno, Sigstore policies)", errors)
          : {
              state: "violated",
              message:
                "No image verification at admission was found (ImagePolicyWebhook, Kyverno verifyImages, Sigstore policy-controller).",
              evidence: [
                { source: "kubernetes.kyvernoPolicies[verifyImages]", value: null },
                { source: "kubernetes.clusterImagePolicies", value: null },
              ],
            };
    return [toResult({ check: provenanceCheck, subject: CLUSTER, verdict })];
  },
};
