import type { CheckDefinition } from "../../catalog-types";

// Seed check 7 of the TalosCon 2025 talk: image signatures (provenance) enforced at admission.

export const IMAGE_POLICY_CHECK: CheckDefinition = {
  id: "seed.image-policy",
  group: "seed",
  title: "Image signatures are verified at admission, in enforce mode",
  rationale:
    "Scanning finds known vulnerabilities, but only signature verification at admission stops an image that was not built and signed by your pipeline (a typo-squatted, tampered or hand-pushed image) from running; a policy in audit mode reports such images and admits them anyway.",
  severity: "high",
  scope: "cluster",
  evidence: [
    "Kyverno ClusterPolicies and Policies with verifyImages rules, and their failure action (Enforce or Audit)",
    "Sigstore policy-controller ClusterImagePolicies (mode) and namespaces labelled policy.sigstore.dev/include=true",
    "Gatekeeper constraints of image-verification kinds (e.g. Ratify) and their enforcementAction",
    "The failurePolicy of the policy engine's admission webhooks",
  ],
  remediation: {
    talos:
      "Workload images are admitted by Kubernetes, not by Talos: install a policy engine with the manifest under `kubernetes`. Scanning alone (Trivy Operator) only reports critical CVEs: to reject them, add a rule that verifies the image's signed vulnerability attestation (Kyverno verifyImages `attestations` of type https://cosign.sigstore.dev/attestation/vuln/v1 with a condition on CRITICAL findings, or Ratify's vulnerabilityreport verifier behind a Gatekeeper constraint) in enforce mode.",
    kubeadm:
      "Install a policy engine (Kyverno, Sigstore policy-controller or Kubewarden's verify-image-signatures in protect mode) with the manifest under `kubernetes`. Scanning alone (Trivy Operator) only reports critical CVEs: to reject them, add a rule that verifies the image's signed vulnerability attestation (Kyverno verifyImages `attestations` of type https://cosign.sigstore.dev/attestation/vuln/v1 with a condition on CRITICAL findings, or Ratify's vulnerabilityreport verifier behind a Gatekeeper constraint) in enforce mode.",
    managed:
      "Use the provider's image-signature admission where it exists (e.g. GKE Binary Authorization, AKS Image Integrity), or install Kyverno or Sigstore policy-controller with the manifest under `kubernetes`. To reject images with critical CVEs rather than only scan them, verify their signed vulnerability attestation at admission (Kyverno verifyImages `attestations`, Ratify's vulnerabilityreport verifier, or Binary Authorization's vulnerability check).",
    kubernetes: [
      "apiVersion: kyverno.io/v1",
      "kind: ClusterPolicy",
      "metadata:",
      "  name: verify-image-signatures",
      "spec:",
      "  webhookConfiguration:",
      "    failurePolicy: Fail",
      "  rules:",
      "    - name: verify-cosign-signature",
      "      match:",
      "        any:",
      "          - resources:",
      "              kinds: [Pod]",
      "      verifyImages:",
      '        - imageReferences: ["registry.example.com/*"]',
      "          failureAction: Enforce",
      "          mutateDigest: true",
      "          verifyDigest: true",
      "          attestors:",
      "            - entries:",
      "                - keys:",
      "                    publicKeys: |-",
      "                      -----BEGIN PUBLIC KEY-----",
      "                      <your cosign public key>",
      "                      -----END PUBLIC KEY-----",
    ].join("\n"),
  },
};
