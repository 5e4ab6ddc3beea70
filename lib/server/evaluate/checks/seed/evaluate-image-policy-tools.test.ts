import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KubewardenPolicy, RatifyResource } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { imagePolicyEvaluator } from "./evaluate-image-policy";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const VULN = "https://cosign.sigstore.dev/attestation/vuln/v1";

function addKubewarden(snapshot: StoredSnapshot, overrides: Partial<KubewardenPolicy> = {}): void {
  snapshot.kubernetes.kubewardenPolicies = {
    isServed: true,
    errors: [],
    data: [
      {
        kind: "ClusterAdmissionPolicy",
        namespace: null,
        name: "verify-image-signatures",
        module: "registry://ghcr.io/kubewarden/policies/verify-image-signatures:v0.3.0",
        mode: "protect",
        policyStatus: "active",
        ...overrides,
      },
    ],
  };
  snapshot.kubernetes.mutatingWebhooks.data!.push({
    configurationName: "clusterwide-verify-image-signatures",
    name: "clusterwide-verify-image-signatures.kubewarden.admission",
    failurePolicy: "Fail",
    sideEffects: "None",
    timeoutSeconds: 10,
    rules: [],
    namespaceSelector: null,
    objectSelector: null,
  });
}

const verifier = (name: string, type: string, overrides: Partial<RatifyResource> = {}): RatifyResource => ({
  kind: "Verifier",
  name,
  type,
  artifactTypes: [],
  disallowedSeverities: [],
  isPassthrough: false,
  isSuccess: true,
  error: null,
  ...overrides,
});

function addRatify(
  snapshot: StoredSnapshot,
  constraints: { kind: string; name: string }[],
  verifiers: RatifyResource[],
) {
  snapshot.kubernetes.ratifyResources = { isServed: true, errors: [], data: verifiers };
  snapshot.kubernetes.gatekeeperConstraints = {
    isServed: true,
    errors: [],
    data: constraints.map((constraint) => ({ ...constraint, enforcementAction: "deny" })),
  };
  snapshot.kubernetes.validatingWebhooks.data!.push({
    configurationName: "gatekeeper-validating-webhook-configuration",
    name: "validation.gatekeeper.sh",
    failurePolicy: "Fail",
    sideEffects: "None",
    timeoutSeconds: 3,
    rules: [],
    namespaceSelector: null,
    objectSelector: null,
  });
}

/** Adds a Kyverno ClusterPolicy that verifies Trivy's vulnerability attestation with `action`. */
function addKyvernoCvePolicy(snapshot: StoredSnapshot, action: string): void {
  snapshot.kubernetes.kyvernoPolicies.data!.push({
    kind: "ClusterPolicy",
    namespace: null,
    name: "reject-critical-vulnerabilities",
    validationFailureAction: action,
    background: false,
    rules: [
      {
        name: "check-trivy-vulnerability-attestation",
        failureAction: null,
        hasValidate: false,
        verifyImages: [
          {
            imageReferences: ["registry.example/*"],
            required: null,
            verifyDigest: null,
            mutateDigest: null,
            attestorCount: 0,
            failureAction: null,
            attestationTypes: [VULN],
          },
        ],
      },
    ],
  });
}

describe("seed.image-policy with Kubewarden and Ratify", () => {
  it("passes a Kubewarden signature policy in protect mode behind a fail-closed webhook, and warns in monitor mode", async () => {
    const [protect] = await evaluate(imagePolicyEvaluator, "kubeadm-default", { mutate: (s) => addKubewarden(s) });
    expect(protect).toMatchObject({
      status: "PASS",
      message: "Image signatures are verified in enforce mode by ClusterAdmissionPolicy/verify-image-signatures.",
    });
    expect(protect?.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.{validating,mutating}Webhooks[Kubewarden].failurePolicy",
        value: { "clusterwide-verify-image-signatures.kubewarden.admission": "Fail" },
      }),
    );
    const [monitor] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addKubewarden(s, { mode: "monitor" }),
    });
    expect(monitor).toMatchObject({ status: "WARN", message: expect.stringContaining("only audited") });
  });

  it("fails a Kubewarden policy no policy server runs, saying why", async () => {
    const [pending] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addKubewarden(s, { policyStatus: "pending" }),
    });
    expect(pending).toMatchObject({
      status: "FAIL",
      message:
        "ClusterAdmissionPolicy/verify-image-signatures verifies nothing because its policyStatus is pending, so no policy server runs it, and no other policy checks image signatures.",
    });
  });

  it("cites Ratify's verifiers with its Gatekeeper constraint, and fails Ratify that no constraint calls", async () => {
    const [called] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) =>
        addRatify(
          s,
          [{ kind: "RatifyVerification", name: "ratify-constraint" }],
          [verifier("verifier-notation", "notation")],
        ),
    });
    expect(called?.status).toBe("PASS");
    expect(called?.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.ratifyResources",
        value: expect.objectContaining({ verifiers: ["verifier-notation (notation)"] }),
      }),
    );
    const [uncalled] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addRatify(s, [], [verifier("verifier-notation", "notation")]),
    });
    expect(uncalled).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining(
        "Ratify (verifier-notation) verifies nothing because no Gatekeeper constraint of a Ratify kind",
      ),
    });
  });
});

describe("seed.image-policy: critical CVEs rejected at admission, or only scanned", () => {
  const trivy = (snapshot: StoredSnapshot) => {
    snapshot.kubernetes.vulnerabilityReports = { isServed: true, errors: [], data: [] };
  };

  it("names an enforcing Kyverno vulnerability-attestation policy in the PASS, and warns when it only audits", async () => {
    const [enforced] = await evaluate(imagePolicyEvaluator, "talos-hardened", {
      mutate: (s) => {
        trivy(s);
        addKyvernoCvePolicy(s, "Enforce");
      },
    });
    expect(enforced).toMatchObject({
      status: "PASS",
      message:
        "Image signatures are verified in enforce mode by ClusterPolicy/verify-image-signatures; critical CVEs are rejected at admission by ClusterPolicy/reject-critical-vulnerabilities.",
    });
    const [audited] = await evaluate(imagePolicyEvaluator, "talos-hardened", {
      mutate: (s) => addKyvernoCvePolicy(s, "Audit"),
    });
    expect(audited).toMatchObject({
      status: "WARN",
      message: expect.stringContaining(
        "but ClusterPolicy/reject-critical-vulnerabilities only reports critical CVEs (audit, or single namespaces), so such images are still admitted.",
      ),
    });
  });

  it("counts Ratify's vulnerability constraint only when its verifier disallows critical findings", async () => {
    const constraints = [
      { kind: "RatifyVerification", name: "ratify-constraint" },
      { kind: "VulnerabilityReportValidation", name: "vulnerability-report-validation-constraint" },
    ];
    const strict = verifier("verifier-vulnerabilityreport", "vulnerabilityreport", {
      disallowedSeverities: ["critical"],
    });
    const [rejected] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addRatify(s, constraints, [verifier("verifier-notation", "notation"), strict]),
    });
    expect(rejected).toMatchObject({
      status: "PASS",
      message: expect.stringContaining(
        "critical CVEs are rejected at admission by VulnerabilityReportValidation/vulnerability-report-validation-constraint",
      ),
    });
    const [passthrough] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addRatify(s, constraints, [{ ...strict, isPassthrough: true }]),
    });
    expect(passthrough?.status).toBe("WARN");
  });
});
