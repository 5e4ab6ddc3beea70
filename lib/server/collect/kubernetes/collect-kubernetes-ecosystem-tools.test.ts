// The collector reads Kasten K10, Kubewarden, Ratify and Secrets Store CSI objects only where their
// CRDs are served, from the simulator over real HTTPS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import type { KubernetesCollection } from "./collect-kubernetes";
import { collectSettingsCluster } from "./testing/collect-settings-cluster";

const collect = (settings: string) => collectSettingsCluster({ settings, clusterName: "tools", seed: 5, pageSize: 3 });

describe("collectKubernetes: Kasten K10, Kubewarden, Ratify and the Vault CSI provider", () => {
  const servers: KubeApiServer[] = [];
  let withTools: KubernetesCollection;
  let without: KubernetesCollection;

  beforeAll(async () => {
    const a = await collect(
      [
        "profile: kubeadm-hardened",
        "admission: { kubewarden: protect, ratify: true, rejectCriticalCves: enforce }",
        "tools: { vaultCsi: true, kasten: { enabled: true, lastSuccessHoursAgo: 60, failureReason: profile gone } }",
      ].join("\n"),
    );
    const b = await collect("profile: kubeadm-default");
    servers.push(a.server, b.server);
    withTools = a.result;
    without = b.result;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("reads a K10 policy with its newest run (failed, with K10's reason) and newest completed run, across pages", () => {
    expect(withTools.errors).toEqual([]);
    const part = withTools.snapshot.kastenPolicies;
    expect(part?.isServed).toBe(true);
    expect(part?.data).toEqual([
      {
        namespace: "kasten-io",
        name: "daily-backup",
        frequency: "@daily",
        paused: false,
        actions: ["backup", "export"],
        validation: "Success",
        latestRun: expect.objectContaining({
          kind: "RunAction",
          state: "Failed",
          startTime: "2026-11-19T23:00:01Z",
          error: "profile gone",
        }),
        // The failed run's BackupActions completed; the run (with its export) did not, so the RunAction decides.
        latestSuccessfulRun: expect.objectContaining({
          kind: "RunAction",
          state: "Complete",
          startTime: "2026-11-17T23:00:01Z",
        }),
        runCount: 4,
      },
    ]);
  });

  it("reads Kubewarden policies and Ratify's verifiers and stores, without their settings", () => {
    expect(withTools.snapshot.kubewardenPolicies?.data).toEqual([
      {
        kind: "ClusterAdmissionPolicy",
        namespace: null,
        name: "verify-image-signatures",
        module: "registry://ghcr.io/kubewarden/policies/verify-image-signatures:v0.3.0",
        mode: "protect",
        policyStatus: "active",
      },
    ]);
    expect(withTools.snapshot.ratifyResources?.data).toEqual([
      {
        kind: "Verifier",
        name: "verifier-notation",
        type: "notation",
        artifactTypes: ["application/vnd.cncf.notary.signature"],
        disallowedSeverities: [],
        isPassthrough: false,
        isSuccess: true,
        error: null,
      },
      expect.objectContaining({
        name: "verifier-vulnerabilityreport",
        type: "vulnerabilityreport",
        disallowedSeverities: ["critical"],
      }),
      expect.objectContaining({ kind: "Store", name: "store-oras", type: "oras" }),
    ]);
    expect(withTools.snapshot.gatekeeperConstraints.data?.map((constraint) => constraint.kind).sort()).toEqual([
      "RatifyVerification",
      "VulnerabilityReportValidation",
    ]);
  });

  it("reads the Kyverno policy that checks vulnerability attestations, and SecretProviderClasses by provider", () => {
    const cve = withTools.snapshot.kyvernoPolicies.data?.find(
      (policy) => policy.name === "reject-critical-vulnerabilities",
    );
    expect(cve?.rules[0]?.verifyImages[0]?.attestationTypes).toEqual([
      "https://cosign.sigstore.dev/attestation/vuln/v1",
    ]);
    const classes = withTools.snapshot.secretProviderClasses?.data ?? [];
    expect(classes.map((entry) => [entry.provider, entry.syncsToSecrets])).toEqual([
      ["vault", true],
      ["vault", false],
      ["vault", false],
      ["vault", false],
    ]);
  });

  it("marks every tool absent, without errors, where its CRDs are not served", () => {
    expect(without.errors).toEqual([]);
    for (const part of ["kastenPolicies", "kubewardenPolicies", "ratifyResources", "secretProviderClasses"] as const) {
      expect(without.snapshot[part], part).toEqual({ isServed: false, data: [], errors: [] });
    }
  });
});
