// End to end: the demo fleet's clusters with ecosystem tools (Velero, Kasten K10, CNIs, Kubewarden,
// Ratify, the Vault CSI provider, a KMS plugin), simulated over TLS, collected by a worker into
// PostgreSQL and evaluated; the findings API shows the ecosystem evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectAll } from "@/app/api/v1/fleet/collect/route";
import { GET as listEvidenceSources } from "@/app/api/v1/clusters/[id]/evidence-sources/route";
import { GET as listFindings } from "@/app/api/v1/clusters/[id]/findings/route";
import type { ClusterEvidenceSourcesView } from "@/lib/shared/evidence-source-view";
import type { ClusterFindingsView, FindingView } from "@/lib/shared/finding-view";
import type { CollectionRequestView } from "@/lib/shared/run-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { expandScenario, loadScenario } from "@/lib/sim/scenario";

// The default scenario's clusters as they are there, each a group of one.
const CLUSTERS = ["cloud-01", "cloud-03", "edge-10", "edge-01", "core-06", "core-08", "legacy-03"];

describe("ecosystem evidence from the demo fleet", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  const findings = async (name: string, checkId: string): Promise<FindingView[]> => {
    const id = ids.get(name)!;
    const view = (
      await callRoute({
        handler: listFindings,
        params: { id },
        path: `/api/v1/clusters/${id}/findings?check=${checkId}`,
        token: tokens.viewer,
      })
    ).json as ClusterFindingsView;
    return view.items;
  };

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const demo = await loadScenario({ path: "scenarios/default.yaml" });
    // The clusters with their group, cycle and override settings, as explicit clusters (no timeline: it only replays history).
    const clusters = expandScenario({ scenario: demo })
      .filter((entry) => CLUSTERS.includes(entry.name))
      .map((entry) => ({ ...entry.settings, name: entry.name }));
    expect(clusters.map((cluster) => cluster.name).sort()).toEqual([...CLUSTERS].sort());
    fleet = await startSimFleet({ scenario: { ...demo, groups: [], clusters, timeline: [] } });
    workers = await startWorkers({ count: 1 });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    const started = await callRoute({ handler: collectAll, method: "POST", token: tokens.engineer });
    const runIds = (started.json as { runs: CollectionRequestView[] }).runs.map((run) => run.runId);
    await waitFor(
      async () => (await getDb().evaluation.count({ where: { runId: { in: runIds } } })) === runIds.length,
      {
        timeoutMs: 120_000,
        describe: async () => `${await getDb().evaluation.count()} of ${runIds.length} runs evaluated`,
      },
    );
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("passes the backup check on a cluster with a healthy Velero schedule, citing the schedule", async () => {
    const [backup] = await findings("cloud-01", "seed.etcd-backup");
    expect(backup).toMatchObject({
      status: "PASS",
      message: expect.stringMatching(
        /^The last completed backup of Velero Schedule velero\/daily-cluster \(Backup velero\/daily-cluster-\d{14}\) is \d+ h old, within twice its 24 h interval\.$/,
      ),
    });
    expect(backup!.evidence).toContainEqual(
      expect.objectContaining({ source: "kubernetes.veleroSchedules[velero/daily-cluster]" }),
    );
  });

  it("fails it on a cluster whose last Velero backup failed, with Velero's reason", async () => {
    const [backup] = await findings("cloud-03", "seed.etcd-backup");
    expect(backup!.status).toBe("FAIL");
    // The last success is the 01:00 run before "80 h ago" (the fleet's day 0 is the real now): 3 or 4 days.
    expect(backup!.message).toMatch(
      /is [34] days old, more than twice its 24 h interval; its latest Backup velero\/daily-cluster-\d{14} is Failed: /,
    );
    expect(backup!.message).toContain("AccessDenied: Access Denied (bucket velero-cloud-03)");
    expect(backup!.remediation.platform).toContain("velero backup describe");
  });

  it("warns on default-deny namespaces of a Flannel-only edge cluster, and passes them where Cilium runs", async () => {
    const flannel = await findings("edge-10", "seed.network-policies");
    const denied = flannel.filter((finding) => finding.message.includes("denies ingress and egress by default"));
    expect(denied.length).toBeGreaterThan(0);
    for (const finding of denied) {
      expect(finding.status).toBe("WARN");
      expect(finding.message).toContain(
        "Flannel (DaemonSet/kube-system/kube-flannel) does not enforce NetworkPolicies",
      );
    }
    const cilium = await findings("edge-01", "seed.network-policies");
    const enforced = cilium.filter((finding) => finding.message.includes("denies ingress and egress by default"));
    expect(enforced.length).toBeGreaterThan(0);
    expect(enforced.every((finding) => finding.status === "PASS")).toBe(true);
  });

  it("lists the tools per cluster with their health and fed checks, for any role, and 404s an unknown cluster", async () => {
    const sources = async (name: string) => {
      const id = ids.get(name)!;
      const response = await callRoute({
        handler: listEvidenceSources,
        params: { id },
        path: `/api/v1/clusters/${id}/evidence-sources`,
        token: tokens.viewer,
      });
      expect(response.status).toBe(200);
      return (response.json as ClusterEvidenceSourcesView).sources;
    };
    const cloud = await sources("cloud-03");
    expect(cloud.find((source) => source.tool === "Velero")).toMatchObject({
      health: "failing",
      detail: expect.stringContaining("AccessDenied"),
      objects: ["Schedule velero/daily-cluster"],
      feeds: [{ checkId: "seed.etcd-backup" }],
    });
    const edge = await sources("edge-10");
    expect(edge.find((source) => source.tool === "Flannel")).toMatchObject({ health: "degraded" });
    expect(edge.find((source) => source.tool === "talos-backup")).toBeDefined();
    const unknown = await callRoute({
      handler: listEvidenceSources,
      params: { id: "7d0c1c47-8a8c-4c1e-9a55-3f1f3b0f0d11" },
      path: "/api/v1/clusters/7d0c1c47-8a8c-4c1e-9a55-3f1f3b0f0d11/evidence-sources",
      token: tokens.viewer,
    });
    expect(unknown.status).toBe(404);
    const anonymous = await callRoute({
      handler: listEvidenceSources,
      params: { id: ids.get("cloud-01")! },
      path: `/api/v1/clusters/${ids.get("cloud-01")}/evidence-sources`,
    });
    expect(anonymous.status).toBe(401);
  });

  it("judges Kasten K10 like Velero: its failed export is the other backup source's FAIL, with K10's error", async () => {
    const [backup] = await findings("legacy-03", "seed.etcd-backup");
    expect(backup!.evidence).toContainEqual(
      expect.objectContaining({
        source: "other backup source",
        value: "FAIL",
        note: expect.stringMatching(
          /^The last completed run of Kasten K10 Policy kasten-io\/daily-backup \(RunAction kasten-io\/policy-run-\w+\) is [23] days old, more than twice its 24 h interval; its latest run \(RunAction kasten-io\/policy-run-\w+\) is Failed: Failed to export snapshot data: .* i\/o timeout\.$/,
        ),
      }),
    );
    expect(backup!.evidence).toContainEqual(
      expect.objectContaining({ source: "kubernetes.kastenPolicies[kasten-io/daily-backup]" }),
    );
  });

  it("says whether admission rejects critical CVEs: Ratify on the cloud clusters does, Trivy on legacy only scans", async () => {
    const [cloud] = await findings("cloud-01", "seed.image-policy");
    expect(cloud).toMatchObject({
      status: "PASS",
      message: expect.stringContaining(
        "critical CVEs are rejected at admission by VulnerabilityReportValidation/vulnerability-report-validation-constraint.",
      ),
    });
    const [legacy] = await findings("legacy-03", "seed.image-policy");
    expect(legacy).toMatchObject({
      status: "WARN",
      message: expect.stringMatching(
        /^Image signatures are verified in enforce mode by ClusterAdmissionPolicy\/verify-image-signatures, but critical CVEs are only scanned: Trivy Operator reports \d+ workload containers? with critical vulnerabilities, and no admission policy rejects such images\.$/,
      ),
    });
  });

  it("cites the KMS v2 plugin of Talos v1.14's encryption config, and the Vault CSI provider and Fluentd as evidence", async () => {
    const kms = await findings("core-08", "seed.secrets-encryption");
    expect(kms.length).toBeGreaterThan(0);
    for (const finding of kms) {
      expect(finding).toMatchObject({
        status: "PASS",
        message: expect.stringContaining("with kms (KMS v2 plugin vault-kms)"),
      });
    }
    const [legacy] = await findings("legacy-03", "seed.secrets-encryption");
    expect(legacy!.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.secretProviderClasses",
        value: expect.objectContaining({
          providers: { vault: 4 },
          vaultCsiProvider: "DaemonSet vault/vault-csi-provider",
        }),
      }),
    );
    const audit = await findings("legacy-03", "seed.audit-logging");
    expect(audit[0]!.evidence).toContainEqual(
      expect.objectContaining({ source: "kubernetes.workloads[DaemonSet, log shipper]", value: ["logging/fluentd"] }),
    );
  });

  it("lists the new tools in the evidence sources with the checks they feed", async () => {
    const sources = async (name: string) => {
      const id = ids.get(name)!;
      const response = await callRoute({
        handler: listEvidenceSources,
        params: { id },
        path: `/api/v1/clusters/${id}/evidence-sources`,
        token: tokens.viewer,
      });
      return Object.fromEntries(
        (response.json as ClusterEvidenceSourcesView).sources.map((source) => [source.tool, source]),
      );
    };
    const legacy = await sources("legacy-03");
    expect(legacy["Kasten K10"]).toMatchObject({
      health: "failing",
      detail: expect.stringContaining("i/o timeout"),
      feeds: [{ checkId: "seed.etcd-backup" }],
    });
    expect(legacy["Kubewarden"]).toMatchObject({ health: "healthy", feeds: [{ checkId: "seed.image-policy" }] });
    expect(legacy["Vault CSI provider"]).toMatchObject({
      health: "healthy",
      feeds: [{ checkId: "seed.secrets-encryption" }],
    });
    expect(legacy["Fluentd"]).toMatchObject({ feeds: [{ checkId: "seed.audit-logging" }] });
    expect(legacy["Trivy Operator"]?.detail).toContain(
      "Scan only: no admission policy rejects images with critical CVEs.",
    );
    const cloud = await sources("cloud-01");
    expect(cloud["Ratify"]).toMatchObject({ health: "healthy", feeds: [{ checkId: "seed.image-policy" }] });
    expect(cloud["Vector"]).toMatchObject({ feeds: [{ checkId: "seed.audit-logging" }] });
    expect((await sources("core-08"))["KMS plugin vault-kms"]).toMatchObject({
      health: "healthy",
      feeds: [{ checkId: "seed.secrets-encryption" }],
    });
  });

  it("warns on runtime detection where Falco is not scheduled on the control planes", async () => {
    const falco = (await findings("core-06", "seed.pod-security")).filter(
      (finding) => finding.subject.kind === "cluster",
    );
    expect(falco).toHaveLength(1);
    expect(falco[0]).toMatchObject({
      status: "WARN",
      message: expect.stringContaining(
        "Falco (DaemonSet falco/falco) is ready on 4 of 7 nodes (it is scheduled on 4 only",
      ),
    });
  });
});
