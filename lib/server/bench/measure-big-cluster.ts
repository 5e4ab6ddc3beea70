import type { Scenario } from "@/lib/sim/scenario";
import type { FigureResult } from "./bench-figures";
import { readProcessStats } from "./read-process-stats";
import { registerManifestClusters } from "./register-manifest-clusters";
import { requestFleetCollection } from "./request-fleet-collection";
import { startSimProcess } from "./start-sim-process";
import { startWorkerPool } from "./start-worker-pool";

const RUN_TIMEOUT_MS = 900_000;

/** One large cluster (simulator and a fresh worker in their own processes): first collection, then a measured one. */
export async function measureBigCluster({
  scenario,
  workerEnv,
  size,
}: {
  scenario: Scenario;
  workerEnv: Record<string, string>;
  size: string;
}): Promise<FigureResult[]> {
  const sim = await startSimProcess({ scenario });
  try {
    const ids = [...(await registerManifestClusters({ manifest: sim.manifest })).values()];
    const pool = await startWorkerPool({ count: 1, env: workerEnv });
    const pid = pool.pids[0]!;
    try {
      await pool.waitForRunCount(ids.length, RUN_TIMEOUT_MS);
      const before = await readProcessStats(pid);
      const started = performance.now();
      const [runId] = await requestFleetCollection({ clusterIds: ids, trigger: "manual" });
      const seconds = ((await pool.waitForRun(runId!, RUN_TIMEOUT_MS)) - started) / 1000;
      const after = await readProcessStats(pid);
      const pods = sim.manifest.clusters[0]?.podCount ?? 0;
      return [
        { name: "big_cluster_collect_s", value: seconds, note: `${size} (${pods} pods), collect + store + evaluate` },
        {
          name: "big_cluster_worker_cpu_s",
          value: before && after ? after.cpuSeconds - before.cpuSeconds : null,
          note: "worker CPU for that collection",
        },
        {
          name: "big_cluster_worker_peak_rss_mb",
          value: after?.peakRssMb ?? null,
          note: "VmHWM, first + second collection",
        },
        { name: "big_cluster_sim_peak_rss_mb", value: (await readProcessStats(sim.pid))?.peakRssMb ?? null },
      ];
    } finally {
      await pool.stop();
    }
  } finally {
    await sim.stop();
  }
}
