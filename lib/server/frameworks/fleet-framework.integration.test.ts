import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { GET as clusterFramework } from "@/app/api/v1/clusters/[id]/frameworks/[frameworkId]/route";
import { GET as fleetFramework } from "@/app/api/v1/frameworks/[frameworkId]/route";
import { GET as fleetFrameworks } from "@/app/api/v1/frameworks/route";
import type { FleetFrameworksView, FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";

describe("a framework across the fleet", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  const fleetView = async (frameworkId: string, query = "") =>
    callRoute({
      handler: fleetFramework,
      params: { frameworkId },
      path: `/api/v1/frameworks/${frameworkId}${query}`,
      token: tokens.viewer,
    });

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const faults = await loadScenario({ path: "scenarios/faults.yaml" });
    const base = faults.clusters!.find((cluster) => cluster.name === "healthy-talos")!;
    fleet = await startSimFleet({
      scenario: {
        ...faults,
        clusters: [
          { ...base, name: "drifted-prem", profile: "talos-drifted", environment: "on-prem" },
          { ...base, name: "hardened-edge", profile: "talos-hardened", environment: "edge" },
        ],
      },
    });
    workers = await startWorkers({ count: 1 });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    for (const id of ids.values()) {
      const answer = await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.engineer });
      expect(answer.status).toBe(202);
    }
    // The worker evaluates each collection right after storing it.
    await waitFor(async () => (await getDb().evaluation.groupBy({ by: ["clusterId"] })).length === 2, {
      timeoutMs: 90_000,
      describe: () => "both clusters were not evaluated",
    });
  });

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("shows each control on every cluster exactly as the cluster's own framework view scores it", async () => {
    for (const frameworkId of ["nist-800-53", "cis-k8s", "iso-27001"]) {
      const answer = await fleetView(frameworkId);
      expect(answer.status).toBe(200);
      const view = answer.json as FleetFrameworkView;
      expect(view.clusters.map((cluster) => cluster.name)).toEqual(["drifted-prem", "hardened-edge"]);
      for (const [index, cluster] of view.clusters.entries()) {
        const single = (
          await callRoute({
            handler: clusterFramework,
            params: { id: cluster.id, frameworkId },
            token: tokens.viewer,
          })
        ).json as ClusterFrameworkView;
        expect(view.controls.map((control) => control.cells[index]?.status)).toEqual(
          single.controls.map((control) => control.status),
        );
        expect(cluster).toMatchObject({ score: single.score, counts: single.counts, freshness: "fresh" });
      }
      const failing = view.controls.filter((control) => control.fleetStatus === "FAIL");
      expect(view.summary.controlsFailing).toBe(failing.length);
      for (const control of view.controls) {
        expect(control.clusterCounts.FAIL ?? 0).toBe(control.cells.filter((cell) => cell.status === "FAIL").length);
        for (const check of control.checks)
          expect(["seed-talk", "corrected", "proposed", "benchmark"]).toContain(check.provenance);
      }
    }
  });

  it("finds the drifted cluster failing where the hardened one does not", async () => {
    const view = (await fleetView("nist-800-53")).json as FleetFrameworkView;
    const [drifted, hardened] = view.clusters;
    expect(drifted!.counts.fail).toBeGreaterThan(hardened!.counts.fail);
    expect(view.summary.clusters).toMatchObject({ total: 2, evaluated: 2, stale: 0 });
    expect(view.summary.clusters.failing).toBeGreaterThanOrEqual(1);
  });

  it("narrows to an environment, and refuses a bad query or an unknown framework", async () => {
    const edge = (await fleetView("gdpr", "?environment=edge")).json as FleetFrameworkView;
    expect(edge.clusters.map((cluster) => cluster.name)).toEqual(["hardened-edge"]);
    expect(edge.scope).toEqual({ environment: "edge", clusterId: null });
    expect((await fleetView("gdpr", "?environment=moon")).status).toBe(400);
    expect((await fleetView("gdpr", "?sort=name")).status).toBe(400);
    expect((await fleetView("hipaa")).status).toBe(404);
    expect(
      (await callRoute({ handler: fleetFramework, params: { frameworkId: "gdpr" }, path: "/api/v1/frameworks/gdpr" }))
        .status,
    ).toBe(401);
  });

  it("lists the seven frameworks for the fleet, and for one cluster with that cluster's own scores", async () => {
    const list = (await callRoute({ handler: fleetFrameworks, path: "/api/v1/frameworks", token: tokens.viewer }))
      .json as FleetFrameworksView;
    expect(list.frameworks.map((framework) => framework.id)).toEqual([
      "cis-k8s",
      "nist-800-53",
      "iso-27001",
      "soc2",
      "pci-dss",
      "nis2",
      "gdpr",
    ]);
    const id = ids.get("drifted-prem")!;
    const one = (
      await callRoute({ handler: fleetFrameworks, path: `/api/v1/frameworks?cluster=${id}`, token: tokens.viewer })
    ).json as FleetFrameworksView;
    for (const framework of one.frameworks) {
      const single = (
        await callRoute({ handler: clusterFramework, params: { id, frameworkId: framework.id }, token: tokens.viewer })
      ).json as ClusterFrameworkView;
      expect(framework).toMatchObject({ score: single.score, counts: single.counts, clusters: { total: 1 } });
    }
    const unknown = await callRoute({
      handler: fleetFrameworks,
      path: "/api/v1/frameworks?cluster=00000000-0000-4000-8000-000000000000",
      token: tokens.viewer,
    });
    expect(unknown.status).toBe(404);
  });
});
