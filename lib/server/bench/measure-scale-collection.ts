import type { Scenario } from "@/lib/sim/scenario";
import type { FigureResult } from "./bench-figures";
import { registerManifestClusters } from "./register-manifest-clusters";
import { requestFleetCollection } from "./request-fleet-collection";
import { startSimProcess } from "./start-sim-process";
import { startWorkerPool, type WorkerPool } from "./start-worker-pool";

const RUN_TIMEOUT_MS = 3_600_000;

async function collectAll(pool: WorkerPool, ids: readonly string[]): Promise<number> {
  const started = performance.now();
  const runIds = await requestFleetCollection({ clusterIds: ids });
  const ends = await Promise.all(runIds.map((runId) => pool.waitForRun(runId, RUN_TIMEOUT_MS)));
  return (Math.max(...ends) - started) / 1000;
}

/**
 * "Collect all" timed with `workers` fresh worker processes after one unmeasured round (the first
 * collection after registration, or a warm-up "collect all"), so both sides run warm.
 */
async function timeCollectAll({
  ids,
  workers,
  workerEnv,
  isFirstStart,
}: {
  ids: string[];
  workers: number;
  workerEnv: Record<string, string>;
  isFirstStart: boolean;
}): Promise<number> {
  const pool = await startWorkerPool({ count: workers, env: workerEnv });
  try {
    if (isFirstStart) await pool.waitForRunCount(ids.length, RUN_TIMEOUT_MS);
    else await collectAll(pool, ids);
    return await collectAll(pool, ids);
  } finally {
    await pool.stop();
  }
}

/** "Collect all" of a large fleet with one worker, then with two (fresh processes, same database). */
export async function measureScaleCollection({
  scenario,
  workerEnv,
}: {
  scenario: Scenario;
  workerEnv: Record<string, string>;
}): Promise<FigureResult[]> {
  const sim = await startSimProcess({ scenario });
  try {
    const ids = [...(await registerManifestClusters({ manifest: sim.manifest })).values()];
    const one = await timeCollectAll({ ids, workers: 1, workerEnv, isFirstStart: true });
    const two = await timeCollectAll({ ids, workers: 2, workerEnv, isFirstStart: false });
    const size = `${ids.length} clusters`;
    return [
      { name: "collect_300_clusters_s", value: one, note: `${size}, 1 worker (target: 10 % of an hourly slot)` },
      { name: "collect_300_clusters_2_workers_s", value: two, note: `${size}, 2 workers` },
      {
        name: "collect_300_scaling",
        value: one / two,
        note: "1 worker / 2 workers, same run (2 cores shared with PostgreSQL and the simulator)",
      },
    ];
  } finally {
    await sim.stop();
  }
}
