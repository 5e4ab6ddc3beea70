// The collector reads ecosystem tools (Velero, Cilium, Calico) only where their CRDs are served,
// from the simulator over real HTTPS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import type { KubernetesCollection } from "./collect-kubernetes";
import { collectSettingsCluster } from "./testing/collect-settings-cluster";

const DENY_ALL = {
  apiVersion: "cilium.io/v2",
  kind: "CiliumNetworkPolicy",
  metadata: { name: "deny-all", namespace: "berth-planning" },
  spec: { endpointSelector: {}, ingress: [{}], egress: [{}] },
};

const collect = (settings: string) => collectSettingsCluster({ settings, clusterName: "eco", seed: 3, pageSize: 2 });

describe("collectKubernetes: ecosystem tools", () => {
  const servers: KubeApiServer[] = [];
  let withTools: KubernetesCollection;
  let without: KubernetesCollection;

  beforeAll(async () => {
    const a = await collect(
      [
        "profile: talos-hardened",
        "talosVersion: v1.13.2",
        "tools: { externalSecrets: true, sealedSecrets: true, trivyOperator: true, gitOps: { tool: argocd, selfHeal: false }, velero: { enabled: true, lastSuccessHoursAgo: 80, failureReason: bucket gone } }",
        "extraObjects:",
        `  - ${JSON.stringify(DENY_ALL)}`,
      ].join("\n"),
    );
    const b = await collect("profile: talos-default\ntalosVersion: v1.13.2\ntools: { gitOps: { tool: flux } }");
    servers.push(a.server, b.server);
    withTools = a.result;
    without = b.result;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("reads a Velero schedule with its newest and newest completed backup across pages", () => {
    expect(withTools.errors).toEqual([]);
    const part = withTools.snapshot.veleroSchedules;
    expect(part?.isServed).toBe(true);
    expect(part?.data).toHaveLength(1);
    expect(part?.data?.[0]).toMatchObject({
      namespace: "velero",
      name: "daily-cluster",
      schedule: "0 1 * * *",
      phase: "Enabled",
      storageLocation: "default",
      backupCount: 4,
      latestBackup: { name: "daily-cluster-20261120010000", phase: "Failed", failureReason: "bucket gone" },
      latestSuccessfulBackup: { name: "daily-cluster-20261117010000", phase: "Completed" },
    });
  });

  it("reads Cilium policies where Cilium's CRDs are served, and marks absent tools as not served without errors", () => {
    expect(withTools.snapshot.ciliumPolicies).toEqual({
      isServed: true,
      data: [
        {
          kind: "CiliumNetworkPolicy",
          namespace: "berth-planning",
          name: "deny-all",
          selectsAll: true,
          defaultDenyDirections: ["Ingress", "Egress"],
        },
      ],
      errors: [],
    });
    expect(withTools.snapshot.calicoPolicies).toEqual({ isServed: false, data: [], errors: [] });
    expect(without.errors).toEqual([]);
    expect(without.snapshot.veleroSchedules).toEqual({ isServed: false, data: [], errors: [] });
    expect(without.snapshot.ciliumPolicies).toEqual({ isServed: false, data: [], errors: [] });
  });

  it("reads External Secrets stores and sync state, and SealedSecrets as metadata only", () => {
    const { externalSecrets, secretStores, sealedSecrets } = withTools.snapshot;
    expect(secretStores?.data).toEqual([
      { kind: "ClusterSecretStore", namespace: null, name: "vault-backend", provider: "vault", isReady: true },
    ]);
    expect(
      externalSecrets?.data?.map((secret) => [secret.name, secret.storeName, secret.isReady, secret.reason]),
    ).toEqual([
      ["berth-planning-credentials", "vault-backend", true, null],
      ["crane-telemetry-credentials", "vault-backend", true, null],
      ["customs-gateway-credentials", "vault-backend", false, "SecretSyncedError"],
      ["vessel-traffic-credentials", "vault-backend", true, null],
    ]);
    expect(sealedSecrets?.data).toHaveLength(4);
    const sealedRequests = servers[0]!.requestLog.filter((entry) => entry.path.includes("sealedsecrets"));
    expect(sealedRequests.length).toBeGreaterThan(0);
    expect(sealedRequests.every((entry) => /as=PartialObjectMetadataList/.test(entry.accept ?? ""))).toBe(true);
    expect(without.snapshot.externalSecrets).toEqual({ isServed: false, data: [], errors: [] });
  });

  it("reads Argo CD Applications and Flux Kustomizations with their sync state, self-heal and prune", () => {
    const argo = withTools.snapshot.gitOpsApplications?.data ?? [];
    expect(argo).toHaveLength(4);
    expect(argo[0]).toEqual({
      kind: "Application",
      namespace: "argocd",
      name: "berth-planning",
      syncStatus: "Synced",
      healthStatus: "Healthy",
      isReady: true,
      isAutomated: true,
      selfHeal: false,
      prune: true,
    });
    expect(argo.filter((application) => application.syncStatus === "OutOfSync")).toHaveLength(1);
    const flux = without.snapshot.gitOpsApplications?.data ?? [];
    expect(flux.map((item) => item.kind).sort()).toEqual([
      "HelmRelease",
      "Kustomization",
      "Kustomization",
      "Kustomization",
      "Kustomization",
    ]);
    expect(flux.find((item) => item.kind === "Kustomization")).toMatchObject({
      isReady: true,
      selfHeal: true,
      prune: true,
    });
    expect(flux.find((item) => item.kind === "HelmRelease")).toMatchObject({ selfHeal: true, prune: null });
  });

  it("reads Trivy Operator's VulnerabilityReports as counts per workload container, without the vulnerability lists", () => {
    const reports = withTools.snapshot.vulnerabilityReports?.data ?? [];
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(Object.keys(report).sort()).toEqual([
        "container",
        "critical",
        "high",
        "image",
        "name",
        "namespace",
        "updateTimestamp",
        "workloadKind",
        "workloadName",
      ]);
      expect(["ReplicaSet", "StatefulSet"]).toContain(report.workloadKind);
    }
    expect(reports.some((report) => report.critical > 0)).toBe(true);
    expect(without.snapshot.vulnerabilityReports).toEqual({ isServed: false, data: [], errors: [] });
  });
});
