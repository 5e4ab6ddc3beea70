import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectFleet } from "@/app/api/v1/fleet/collect/route";
import { GET as frameworkView } from "@/app/api/v1/clusters/[id]/frameworks/[frameworkId]/route";
import { GET as heatmapRoute } from "@/app/api/v1/fleet/heatmap/route";
import { SEED_CHECK_IDS } from "@/lib/catalog/mappings/seed-mappings";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadDemoGroups } from "@/lib/sim/scenario/testing/load-demo-groups";

// Three clusters of the default fleet on three platforms and environments, collected and evaluated
// by a real worker; the heatmap must report exactly what each cluster's framework view reports.
const NAMES = ["edge-01", "legacy-01", "cloud-01"];

describe("GET /api/v1/fleet/heatmap", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  const heatmap = async (query = "", { isAnonymous = false } = {}) =>
    callRoute({
      handler: heatmapRoute,
      path: `/api/v1/fleet/heatmap${query}`,
      token: isAnonymous ? undefined : tokens.viewer,
    });

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    // One cluster of each group of the default fleet, without its overrides and timeline.
    const scenario = await loadDemoGroups({ groups: ["edge-{n:02}", "legacy-{n:02}", "cloud-{n:02}"] });
    fleet = await startSimFleet({ scenario });
    workers = await startWorkers({ count: 1 });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    expect((await callRoute({ handler: collectFleet, method: "POST", token: tokens.engineer })).status).toBe(202);
    await waitFor(async () => (await getDb().evaluation.groupBy({ by: ["clusterId"] })).length === NAMES.length, {
      timeoutMs: 90_000,
      describe: async () =>
        `not every cluster was evaluated; runs: ${JSON.stringify(
          await getDb().collectionRun.findMany({ select: { clusterId: true, status: true, errorSummary: true } }),
        )}`,
    });
  }, 150_000);

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("has every cluster × every framework, with the scores and counts of each cluster's framework view", async () => {
    const answer = await heatmap();
    expect(answer.status).toBe(200);
    const view = answer.json as HeatmapView;
    expect(view.clusters.map((cluster) => cluster.name)).toEqual(["cloud-01", "edge-01", "legacy-01"]);
    expect(view.frameworks).toHaveLength(7);
    expect(view.cells).toHaveLength(3 * 7);
    expect(view.clusters.map((cluster) => cluster.platform)).toEqual(["managed", "talos", "kubeadm"]);
    for (const cell of view.cells) {
      const framework = (
        await callRoute({
          handler: frameworkView,
          params: { id: cell.clusterId, frameworkId: cell.frameworkId },
          token: tokens.viewer,
        })
      ).json as ClusterFrameworkView;
      const where = `${cell.clusterId} ${cell.frameworkId}`;
      // The summary is stored as jsonb, whose numbers may come back one binary digit shorter.
      if (framework.score === null) expect(cell.score, where).toBeNull();
      else expect(cell.score, where).toBeCloseTo(framework.score, 12);
      expect({ pass: cell.pass, fail: cell.fail, unknown: cell.unknown, waived: cell.waived }, where).toEqual({
        pass: framework.counts.pass,
        fail: framework.counts.fail,
        unknown: framework.counts.unknown,
        waived: framework.counts.waived,
      });
      expect(cell.stale).toBe(false);
    }
  });

  it("has the ten seed checks per cluster, and the kubeadm default fails some of them", async () => {
    const view = (await heatmap()).json as HeatmapView;
    expect(view.checks.map((check) => check.id)).toEqual([...SEED_CHECK_IDS]);
    expect(view.checkCells).toHaveLength(3 * 10);
    const legacy = ids.get("legacy-01")!;
    expect(view.checkCells.filter((cell) => cell.clusterId === legacy).some((cell) => cell.status === "FAIL")).toBe(
      true,
    );
    // Managed control planes are not visible: their API-server checks never pass.
    const cloud = view.checkCells.find(
      (cell) => cell.clusterId === ids.get("cloud-01") && cell.checkId === "seed.secrets-encryption",
    );
    expect(cloud?.status).not.toBe("PASS");
  });

  it("filters by environment, site and label", async () => {
    const edge = (await heatmap("?environment=edge")).json as HeatmapView;
    expect(edge.clusters.map((cluster) => cluster.name)).toEqual(["edge-01"]);
    expect(edge.cells.every((cell) => cell.clusterId === ids.get("edge-01"))).toBe(true);
    expect(edge.facets.environments).toEqual(["edge", "on-prem", "cloud"]);
    const site = fleet.manifest.clusters.find((cluster) => cluster.name === "legacy-01")!.site!;
    expect(
      ((await heatmap(`?site=${encodeURIComponent(site)}`)).json as HeatmapView).clusters.map((c) => c.name),
    ).toEqual(["legacy-01"]);
    const [label] = edge.clusters[0]!.labels ? Object.entries(edge.clusters[0]!.labels) : [];
    if (label) {
      const labelled = (await heatmap(`?label=${encodeURIComponent(`${label[0]}=${label[1]}`)}`)).json as HeatmapView;
      expect(labelled.clusters.map((cluster) => cluster.name)).toContain("edge-01");
    }
  });

  it("marks a cluster without a success for two schedule periods stale, keeping its last scores", async () => {
    const edge = ids.get("edge-01")!;
    const before = (await heatmap()).json as HeatmapView;
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await getDb().cluster.update({ where: { id: edge }, data: { lastSuccessAt: threeDaysAgo } });
    const after = (await heatmap()).json as HeatmapView;
    const cells = after.cells.filter((cell) => cell.clusterId === edge);
    expect(cells.every((cell) => cell.stale && cell.lastSuccessAt === threeDaysAgo.toISOString())).toBe(true);
    expect(cells.map((cell) => cell.score)).toEqual(
      before.cells.filter((cell) => cell.clusterId === edge).map((cell) => cell.score),
    );
    expect(after.checkCells.filter((cell) => cell.clusterId === edge).every((cell) => cell.stale)).toBe(true);
    expect(after.clusters.find((cluster) => cluster.id === edge)?.freshness).toBe("stale");
  });

  it("compares with 30 days ago: a fleet collected today has no score then, so no change", async () => {
    const view = (await heatmap("?compare=30")).json as HeatmapView;
    expect(view.compareDays).toBe(30);
    expect(view.cells.every((cell) => cell.previousScore === null && cell.delta === null)).toBe(true);
  });

  it("answers bad filters with 400 and anonymous callers with 401", async () => {
    expect((await heatmap("?environment=moon")).status).toBe(400);
    expect((await heatmap("?label=a%20b")).status).toBe(400);
    expect((await heatmap("?colour=red")).status).toBe(400);
    expect((await heatmap("?compare=0")).status).toBe(400);
    expect((await heatmap("", { isAnonymous: true })).status).toBe(401);
  });
});
