import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KastenActionSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { FIXTURE_NOW, loadProfileSnapshots } from "@/lib/server/evaluate/testing/profile-snapshots";
import type { PlatformProfile } from "@/lib/sim/model";
import { listEvidenceSources } from "./list-evidence-sources";

beforeAll(() => loadProfileSnapshots(), 120_000);

async function toolsOf(profile: PlatformProfile, mutate: (snapshot: StoredSnapshot) => void) {
  const fixture = (await loadProfileSnapshots()).get(profile)!;
  const snapshot = structuredClone(fixture.snapshot);
  mutate(snapshot);
  const sources = listEvidenceSources({ snapshot, platform: fixture.platform, now: FIXTURE_NOW });
  return Object.fromEntries(sources.map((source) => [source.tool, source]));
}

// Fixture now: 2026-11-23T12:00:00Z.
const run = (state: string, endTime: string, error: string | null = null): KastenActionSummary => ({
  kind: "RunAction",
  namespace: "kasten-io",
  name: `policy-run-${state.toLowerCase()}`,
  policyName: "daily-backup",
  policyNamespace: "kasten-io",
  state,
  startTime: endTime,
  endTime,
  error,
});

describe("listEvidenceSources: Kasten K10, Kubewarden, Ratify, the Vault CSI provider and a KMS plugin", () => {
  it("shows a failing Kasten K10 policy with K10's error, feeding the backup check", async () => {
    const tools = await toolsOf("kubeadm-default", (snapshot) => {
      snapshot.kubernetes.kastenPolicies = {
        isServed: true,
        errors: [],
        data: [
          {
            namespace: "kasten-io",
            name: "daily-backup",
            frequency: "@daily",
            paused: false,
            actions: ["backup", "export"],
            validation: "Success",
            latestRun: run("Failed", "2026-11-22T23:05:00Z", "Failed to export snapshot data: dial tcp: i/o timeout"),
            latestSuccessfulRun: run("Complete", "2026-11-19T23:20:00Z"),
            runCount: 4,
          },
        ],
      };
    });
    expect(tools["Kasten K10"]).toMatchObject({
      category: "Backup",
      health: "failing",
      detail: expect.stringContaining("is Failed: Failed to export snapshot data: dial tcp: i/o timeout"),
      objects: ["Policy kasten-io/daily-backup"],
      feeds: [{ checkId: "seed.etcd-backup" }],
    });
  });

  it("lists Kubewarden (degraded while a policy is not active) and Ratify (degraded while no constraint calls it)", async () => {
    const tools = await toolsOf("kubeadm-default", (snapshot) => {
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
            policyStatus: "pending",
          },
        ],
      };
      snapshot.kubernetes.ratifyResources = {
        isServed: true,
        errors: [],
        data: [
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
        ],
      };
    });
    expect(tools["Kubewarden"]).toMatchObject({
      category: "Admission policy",
      health: "degraded",
      detail:
        "1 policy (1 in protect mode, 0 verifying image signatures); not active: verify-image-signatures (pending).",
      objects: ["ClusterAdmissionPolicy verify-image-signatures"],
    });
    expect(tools["Ratify"]).toMatchObject({
      health: "degraded",
      detail: "1 verifier (notation); no Gatekeeper constraint calls it, so it verifies nothing.",
      objects: ["Verifier verifier-notation (notation)"],
      feeds: [{ checkId: "seed.image-policy" }],
    });
  });

  it("lists the Vault CSI provider with its classes, degraded when its DaemonSet is missing", async () => {
    const tools = await toolsOf("kubeadm-default", (snapshot) => {
      snapshot.kubernetes.secretProviderClasses = {
        isServed: true,
        errors: [],
        data: [{ namespace: "shop", name: "shop-vault", provider: "vault", syncsToSecrets: true }],
      };
    });
    expect(tools["Vault CSI provider"]).toMatchObject({
      category: "Secrets",
      health: "degraded",
      detail:
        "1 SecretProviderClasses (1 with provider vault, 1 of them also synced into Secrets); no vault-csi-provider DaemonSet runs, so pods cannot mount these secrets.",
      objects: ["SecretProviderClass shop/shop-vault"],
      feeds: [{ checkId: "seed.secrets-encryption" }],
    });
  });

  it("lists a KMS plugin where Talos shows the encryption config, and none where it is not visible", async () => {
    const tools = await toolsOf("talos-hardened", (snapshot) => {
      const node = snapshot.talos!.nodes.find((candidate) => candidate.staticPods.isApplicable === true)!;
      node.etcdEncryption = {
        isApplicable: true,
        errors: [],
        data: {
          resources: [{ resources: ["secrets"], providers: ["kms", "secretbox"] }],
          configuration: {
            resources: [
              {
                resources: ["secrets"],
                providers: [{ kms: { apiVersion: "v2", name: "vault-kms" } }, { secretbox: {} }],
              },
            ],
          },
        },
      };
    });
    expect(tools["KMS plugin vault-kms"]).toMatchObject({
      category: "Secrets",
      health: "healthy",
      detail: "KMS v2 provider for Secrets, the first: it encrypts new writes.",
      feeds: [{ checkId: "seed.secrets-encryption" }],
    });
    const kubeadm = await toolsOf("kubeadm-hardened", () => undefined);
    expect(Object.keys(kubeadm).filter((tool) => tool.startsWith("KMS plugin"))).toEqual([]);
  });

  it("says on Trivy Operator's row when admission rejects critical CVEs", async () => {
    const tools = await toolsOf("managed", (snapshot) => {
      snapshot.kubernetes.vulnerabilityReports = { isServed: true, errors: [], data: [] };
      snapshot.kubernetes.gatekeeperConstraints = {
        isServed: true,
        errors: [],
        data: [
          {
            kind: "VulnerabilityReportValidation",
            name: "vulnerability-report-validation-constraint",
            enforcementAction: "deny",
          },
        ],
      };
    });
    expect(tools["Trivy Operator"]?.detail).toContain(
      "Admission rejects critical CVEs (VulnerabilityReportValidation/vulnerability-report-validation-constraint).",
    );
  });
});
