import { findRun } from "@/lib/server/store/runs/find-runs";
import type { Scenario } from "@/lib/sim/scenario";
import type { FigureResult } from "./bench-figures";
import { measureKubectlBaseline } from "./measure-kubectl-baseline";
import { readProcessStats } from "./read-process-stats";
import { registerManifestClusters } from "./register-manifest-clusters";
import { requestFleetCollection } from "./request-fleet-collection";
import { startSimProcess } from "./start-sim-process";
import { startWorkerPool } from "./start-worker-pool";

const RUN_TIMEOUT_MS = 900_000;

/**
 * The fleet collection figures: the simulator and one worker in processes of their own; every
 * cluster registered and collected once (the worker's start-up collection), then "collect all"
 * measured from the request until the worker logged the last evaluation (collect + store +
 * evaluate), then the slowest cluster of that run alone, then the kubectl script.
 */
export async function measureFleetCollection({
  scenario,
  workerEnv,
  withKubectl,
}: {
  scenario: Scenario;
  workerEnv: Record<string, string>;
  withKubectl: boolean;
}): Promise<FigureResult[]> {
  const sim = await startSimProcess({ scenario });
  try {
    const ids = [...(await registerManifestClusters({ manifest: sim.manifest })).values()];
    const pool = await startWorkerPool({ count: 1, env: workerEnv });
    const workerPid = pool.pids[0]!;
    try {
      await pool.waitForRunCount(ids.length, RUN_TIMEOUT_MS);
      const before = await readProcessStats(workerPid);
      const simBefore = await readProcessStats(sim.pid);
      const started = performance.now();
      const runIds = await requestFleetCollection({ clusterIds: ids });
      const ends = await Promise.all(runIds.map((runId) => pool.waitForRun(runId, RUN_TIMEOUT_MS)));
      const fleetSeconds = (Math.max(...ends) - started) / 1000;
      const after = await readProcessStats(workerPid);
      const simAfter = await readProcessStats(sim.pid);
      const cpu = (from: typeof before, to: typeof before) =>
        from && to ? `${(to.cpuSeconds - from.cpuSeconds).toFixed(1)} s` : "?";

      const runs = await Promise.all(runIds.map((id) => findRun({ id })));
      const slowest = runs.reduce((max, run) => ((run?.durationMs ?? 0) > (max?.durationMs ?? 0) ? run : max));
      if (!slowest) throw new Error("no run of the fleet collection was found");
      const aloneStarted = performance.now();
      const [aloneRun] = await requestFleetCollection({ clusterIds: [slowest.clusterId], trigger: "manual" });
      const aloneSeconds = ((await pool.waitForRun(aloneRun!, RUN_TIMEOUT_MS)) - aloneStarted) / 1000;
      const workerPeak = (await readProcessStats(workerPid))?.peakRssMb ?? null;
      const simPeak = (await readProcessStats(sim.pid))?.peakRssMb ?? null;
      const slowestName = sim.manifest.clusters[ids.indexOf(slowest.clusterId)]?.name ?? slowest.clusterId;

      const results: FigureResult[] = [
        {
          name: "collect_fleet_s",
          value: fleetSeconds,
          note: `${ids.length} clusters, 1 worker, unchanged rerun; CPU in it: worker ${cpu(before, after)}, simulator ${cpu(simBefore, simAfter)}`,
        },
        {
          name: "collect_slowest_alone_s",
          value: aloneSeconds,
          note: `${slowestName} (${slowest.durationMs} ms collect in the fleet run)`,
        },
        { name: "collect_ratio", value: fleetSeconds / aloneSeconds },
        {
          name: "worker_cpu_s_per_cluster",
          value: before && after ? (after.cpuSeconds - before.cpuSeconds) / ids.length : null,
          note: "worker process CPU during the measured run / clusters",
        },
        {
          name: "worker_peak_rss_mb",
          value: workerPeak,
          note: "VmHWM of the worker process (start-up + 2 collections)",
        },
        { name: "sim_peak_rss_mb", value: simPeak, note: `VmHWM of the simulator process (${ids.length} clusters)` },
      ];
      if (withKubectl) {
        const baseline = await measureKubectlBaseline({ manifest: sim.manifest });
        results.push(
          { name: "baseline_kubectl_s", value: baseline.seconds, note: baseline.note },
          {
            name: "speedup_vs_kubectl",
            value: baseline.seconds === null ? null : baseline.seconds / fleetSeconds,
            note: "baseline_kubectl_s / collect_fleet_s (same fleet, same run)",
          },
        );
      }
      return results;
    } finally {
      await pool.stop();
    }
  } finally {
    await sim.stop();
  }
}
