import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_NOW, loadProfileSnapshots } from "@/lib/server/evaluate/testing/profile-snapshots";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import { listEvidenceSources } from "./list-evidence-sources";

beforeAll(() => loadProfileSnapshots(), 120_000);

async function sourcesOf(profile: PlatformProfile, mutate?: (snapshot: StoredSnapshot) => void) {
  const fixture = (await loadProfileSnapshots()).get(profile)!;
  const snapshot = structuredClone(fixture.snapshot);
  mutate?.(snapshot);
  return listEvidenceSources({ snapshot, platform: fixture.platform, now: FIXTURE_NOW });
}

const byTool = (sources: Awaited<ReturnType<typeof sourcesOf>>) =>
  Object.fromEntries(sources.map((source) => [source.tool, source]));

describe("listEvidenceSources", () => {
  it("lists the backup job, the CNI, Kyverno and the log shipper of a default Talos cluster, with health and fed checks", async () => {
    const tools = byTool(await sourcesOf("talos-default"));
    expect(tools["talos-backup"]).toMatchObject({
      category: "Backup",
      // The fixture's last success is 33 h old and its latest run failed: the check's WARN.
      health: "degraded",
      detail: expect.stringContaining("more than 26 h, and its latest run"),
      objects: ["CronJob kube-system/talos-backup"],
      feeds: [{ checkId: "seed.etcd-backup" }],
    });
    expect(tools["Flannel"]).toMatchObject({
      category: "Network (CNI)",
      health: "degraded",
      detail: expect.stringContaining("Does not enforce NetworkPolicies"),
      objects: ["DaemonSet kube-system/kube-flannel"],
      feeds: [{ checkId: "seed.network-policies" }],
    });
    expect(tools["Kyverno"]).toMatchObject({ category: "Admission policy", feeds: [{ checkId: "seed.image-policy" }] });
    expect(tools["Fluent Bit"]).toMatchObject({
      health: "healthy",
      detail:
        "3 of 3 nodes ready; it can read the API server's audit log (/var/log/audit/kube/kube-apiserver.log) on 1 of 1 control planes; whether it ships it is not visible from the cluster.",
      feeds: [{ checkId: "seed.audit-logging" }],
    });
  });

  it("shows a failing Velero schedule with its reason, and Cilium's policy CRDs on hardened Talos", async () => {
    const tools = byTool(
      await sourcesOf("talos-hardened", (snapshot) => {
        snapshot.kubernetes.veleroSchedules = {
          isServed: true,
          errors: [],
          data: [
            {
              namespace: "velero",
              name: "daily",
              schedule: "0 1 * * *",
              paused: false,
              storageLocation: "default",
              phase: "Enabled",
              lastBackupTime: "2026-11-23T01:00:00Z",
              latestBackup: {
                namespace: "velero",
                name: "daily-2",
                scheduleName: "daily",
                phase: "Failed",
                startTimestamp: "2026-11-23T01:00:00Z",
                completionTimestamp: "2026-11-23T01:01:00Z",
                storageLocation: "default",
                errors: 1,
                failureReason: "bucket gone",
              },
              latestSuccessfulBackup: null,
              backupCount: 1,
            },
          ],
        };
      }),
    );
    expect(tools["Velero"]).toMatchObject({
      health: "failing",
      detail: expect.stringContaining("bucket gone"),
      objects: ["Schedule velero/daily"],
    });
    expect(tools["Cilium"]).toMatchObject({ health: "healthy", detail: "Enforces NetworkPolicies." });
    expect(tools["Cilium network policies"]).toMatchObject({
      health: "healthy",
      detail: "0 policies, 0 of them a default deny.",
    });
  });

  it("lists no tool whose CRD is not served", async () => {
    const tools = byTool(await sourcesOf("kubeadm-default"));
    expect(tools["Velero"]).toBeUndefined();
    expect(tools["Kyverno"]).toBeUndefined();
    expect(tools["Calico"]).toMatchObject({ health: "healthy" });
  });

  it("lists External Secrets (degraded while an ExternalSecret does not sync) and Sealed Secrets", async () => {
    const tools = byTool(
      await sourcesOf("managed", (snapshot) => {
        snapshot.kubernetes.secretStores = {
          isServed: true,
          errors: [],
          data: [
            { kind: "ClusterSecretStore", namespace: null, name: "vault-backend", provider: "vault", isReady: true },
          ],
        };
        snapshot.kubernetes.externalSecrets = {
          isServed: true,
          errors: [],
          data: [
            {
              namespace: "a",
              name: "ok",
              storeKind: "ClusterSecretStore",
              storeName: "vault-backend",
              isReady: true,
              reason: null,
            },
            {
              namespace: "b",
              name: "db",
              storeKind: "ClusterSecretStore",
              storeName: "vault-backend",
              isReady: false,
              reason: "SecretSyncedError",
            },
          ],
        };
        snapshot.kubernetes.sealedSecrets = {
          isServed: true,
          errors: [],
          data: [{ namespace: "a", name: "registry" }],
        };
      }),
    );
    expect(tools["External Secrets Operator"]).toMatchObject({
      health: "degraded",
      detail: "2 ExternalSecrets from 1 store; 1 not synced (b/db: SecretSyncedError).",
      objects: ["ClusterSecretStore vault-backend (vault)"],
      feeds: [{ checkId: "seed.secrets-encryption" }],
    });
    expect(tools["Sealed Secrets"]).toMatchObject({ health: "healthy", objects: ["SealedSecret a/registry"] });
  });

  it("lists GitOps with what is out of sync, feeding the immutability check", async () => {
    const tools = byTool(
      await sourcesOf("talos-hardened", (snapshot) => {
        snapshot.kubernetes.gitOpsApplications = {
          isServed: true,
          errors: [],
          data: [
            {
              kind: "Kustomization",
              namespace: "flux-system",
              name: "shop",
              syncStatus: null,
              healthStatus: null,
              isReady: false,
              isAutomated: true,
              selfHeal: true,
              prune: true,
            },
          ],
        };
      }),
    );
    expect(tools["Flux"]).toMatchObject({
      category: "GitOps",
      health: "degraded",
      detail: "1 Kustomization, 1 reverting drift; not in sync or not ready: flux-system/shop.",
      feeds: [{ checkId: "seed.immutability" }],
    });
  });

  it("lists Trivy Operator with its critical findings per workload and flags stale reports", async () => {
    const report = (name: string, critical: number, updateTimestamp: string) => ({
      namespace: "shop",
      name: `replicaset-${name}-app`,
      workloadKind: "ReplicaSet",
      workloadName: name,
      container: "app",
      image: "registry.example/shop:1.0",
      critical,
      high: 2,
      updateTimestamp,
    });
    const tools = byTool(
      await sourcesOf("managed", (snapshot) => {
        snapshot.kubernetes.vulnerabilityReports = {
          isServed: true,
          errors: [],
          // Fixture now: 2026-11-23T12:00:00Z.
          data: [report("web-1", 2, "2026-11-23T08:00:00Z"), report("api-1", 0, "2026-11-20T12:00:00Z")],
        };
      }),
    );
    expect(tools["Trivy Operator"]).toMatchObject({
      category: "Image scanning",
      health: "degraded",
      detail:
        "2 VulnerabilityReports: 2 critical and 4 high findings (ReplicaSet shop/web-1 (app): 2 critical); oldest scan 72 h ago (stale). Scan only: no admission policy rejects images with critical CVEs.",
      objects: ["ReplicaSet shop/web-1 (app): 2 critical"],
      feeds: [{ checkId: "seed.image-policy" }],
    });
  });
});
