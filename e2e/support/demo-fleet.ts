import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { startFleet, type FleetManifest } from "@/lib/sim/fleet";
import { loadScenario, type Scenario } from "@/lib/sim/scenario";
import { E2E_DATA_DIR } from "./e2e-env";

export interface DemoFleet {
  /** Cluster name → Lotse id. */
  ids: Map<string, string>;
  /** The simulator's credential files; removed by `stop`, so a spec may keep its own files there. */
  outDir: string;
  stop: () => Promise<void>;
}

// No slot of this schedule falls inside a run: only the explicit "collect all" collects.
const YEARLY = "0 0 1 1 *";

/**
 * A simulated fleet (the default 30-cluster one unless `scenario` is given), registered through the
 * API and collected once; resolves when every cluster has been evaluated. `stop` deletes the
 * clusters and stops the simulator.
 */
export async function startDemoFleet({
  request,
  baseURL,
  scenario,
}: {
  request: APIRequestContext;
  baseURL: string;
  scenario?: Scenario;
}): Promise<DemoFleet> {
  const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-fleet-"));
  const fleet = await startFleet({
    scenario: scenario ?? (await loadScenario({ path: "scenarios/default.yaml" })),
    outDir,
  });
  const ids = new Map<string, string>();
  const stop = async () => {
    for (const id of ids.values()) {
      await request.delete(`/api/v1/clusters/${id}`, { headers: { origin: baseURL } });
    }
    await fleet.close();
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    await registerAndEvaluate({ request, baseURL, clusters: fleet.manifest.clusters, ids, timeoutMs: 180_000 });
    return { ids, outDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Test-only: moves a cluster's last success into the past in the e2e database, making it STALE. */
export async function backdateLastSuccess({ clusterId, at }: { clusterId: string; at: Date }): Promise<void> {
  const client = new pg.Client({ connectionString: await e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`UPDATE clusters SET "lastSuccessAt" = $1 WHERE id = $2`, [at, clusterId]);
  } finally {
    await client.end();
  }
}

/**
 * Registers the simulated clusters through the API (on a yearly schedule, so no scheduled run
 * joins in during the tests), adds each id to `ids` as it goes (so the caller's cleanup sees it),
 * asks for "collect all", and resolves when every one of them has been evaluated.
 */
export async function registerAndEvaluate({
  request,
  baseURL,
  clusters,
  ids,
  timeoutMs,
}: {
  request: APIRequestContext;
  baseURL: string;
  clusters: FleetManifest["clusters"];
  ids: Map<string, string>;
  timeoutMs: number;
}): Promise<void> {
  for (const cluster of clusters) {
    const response = await request.post("/api/v1/clusters", {
      headers: { origin: baseURL },
      data: {
        name: cluster.name,
        environment: cluster.environment,
        site: cluster.site,
        labels: cluster.labels,
        schedule: YEARLY,
        kubeconfig: await readFile(cluster.kubernetes.kubeconfig, "utf8"),
        ...(cluster.talos ? { talosconfig: await readFile(cluster.talos.talosconfig, "utf8") } : {}),
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    ids.set(cluster.name, ((await response.json()) as { id: string }).id);
  }
  const collect = await request.post("/api/v1/fleet/collect", { headers: { origin: baseURL } });
  expect(collect.status()).toBe(202);
  await expect
    .poll(
      async () => {
        const view = (await (await request.get("/api/v1/fleet/heatmap")).json()) as HeatmapView;
        return view.clusters.filter((cluster) => ids.has(cluster.name) && cluster.evaluatedAt !== null).length;
      },
      { timeout: timeoutMs, intervals: [1_000] },
    )
    .toBe(ids.size);
}

/** The connection string of the e2e run's embedded PostgreSQL (written by `npm start`). */
export async function e2eDatabaseUrl(): Promise<string> {
  const { connectionString } = JSON.parse(
    await readFile(path.join(E2E_DATA_DIR, "embedded-postgres.json"), "utf8"),
  ) as { connectionString: string };
  return connectionString;
}
