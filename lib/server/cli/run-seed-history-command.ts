import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { registerCluster } from "@/lib/server/clusters/register-cluster";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { buildYearTimeline } from "@/lib/server/history/build-year-timeline";
import { planOutages } from "@/lib/server/history/plan-outages";
import { HISTORY_INTERVALS } from "@/lib/server/history/plan-history-slots";
import { listScenarioClusters, scaleScenario } from "@/lib/server/history/scale-scenario";
import { seedIntervalHistory, type IntervalHistoryResult } from "@/lib/server/history/seed-interval-history";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { startFleet } from "@/lib/sim/fleet";
import { loadScenario, type Scenario } from "@/lib/sim/scenario";
import type { SeedHistoryArgs } from "./parse-seed-history-args";

const CLI_ACTOR = { type: "system" as const, label: "cli:seed-history" };
const DAY_MS = 86_400_000;
/** The catalog in force changes a third of the way back; older runs are evaluated as this version. */
export const PREVIOUS_CATALOG_VERSION = "0.9.0";

/** The scenario the year is generated from: resized, plus a seeded year of drift and fixes. */
export function buildHistoryScenario({ base, clusters, days }: { base: Scenario; clusters: number; days: number }) {
  const scaled = scaleScenario({ scenario: base, clusters });
  const names = listScenarioClusters({ scenario: scaled });
  const generated = buildYearTimeline({ clusterNames: names, days, seed: scaled.seed });
  return { scenario: { ...scaled, timeline: [...(scaled.timeline ?? []), ...generated] }, names };
}

/**
 * `lotse seed-history`: starts the simulator with the scenario resized to `clusters`, registers
 * every simulated cluster (refusing names already registered), and writes `days` days of runs
 * every `interval` through the worker's collect → store → evaluate functions (see
 * seedIntervalHistory for what is collected for real). The simulator stops at the end, so the
 * clusters keep their history but are unreachable afterwards (a running worker records failed runs).
 */
export async function runSeedHistoryCommand({
  args,
  log = (line) => console.error(line),
}: {
  args: SeedHistoryArgs;
  log?: (line: string) => void;
}): Promise<{ output: string; result: IntervalHistoryResult; clusterIds: string[] }> {
  const { scenario, names } = buildHistoryScenario({
    base: await loadScenario({ path: args.scenarioPath }),
    clusters: args.clusters,
    days: args.days,
  });
  const taken = new Set((await findClusters()).map((cluster) => cluster.name));
  const clashing = names.filter((name) => taken.has(name));
  if (clashing.length > 0)
    throw new Error(`clusters with these names are already registered: ${clashing.join(", ")} (use an empty database)`);

  const outDir = await mkdtemp(path.join(tmpdir(), "lotse-seed-history-"));
  const started = performance.now();
  const fleet = await startFleet({ scenario, outDir });
  try {
    const clusterIds: string[] = [];
    for (const cluster of fleet.manifest.clusters) {
      const view = await registerCluster({
        input: {
          name: cluster.name,
          environment: cluster.environment,
          site: cluster.site,
          labels: cluster.labels,
          kubeconfig: await readFile(cluster.kubernetes.kubeconfig, "utf8"),
          ...(cluster.talos ? { talosconfig: await readFile(cluster.talos.talosconfig, "utf8") } : {}),
        },
        actor: CLI_ACTOR,
      });
      clusterIds.push(view.id);
    }
    const clusters = (await findClusters()).filter((cluster) => clusterIds.includes(cluster.id));
    const slotsPerDay = 24 / HISTORY_INTERVALS[args.interval];
    const now = new Date();
    log(`seed-history: ${clusters.length} clusters, ${args.days} days every ${args.interval}`);
    const result = await seedIntervalHistory({
      scenario,
      showDay: (day) => fleet.showDay(day),
      clusters,
      days: args.days,
      interval: args.interval,
      now,
      outages: planOutages({
        clusterNames: names,
        totalSlots: args.days * slotsPerDay,
        slotsPerDay,
        seed: scenario.seed,
      }),
      catalogChange:
        args.days >= 3
          ? {
              at: new Date(now.getTime() - Math.floor(args.days / 3) * DAY_MS),
              previousVersion: PREVIOUS_CATALOG_VERSION,
            }
          : null,
      concurrency: args.concurrency,
      onDay: ({ index, total, result: sofar }) => {
        if (index % 30 === 0 || index === total - 1)
          log(
            `  day ${index + 1}/${total}: ${sofar.runs} runs, ${Math.round(sofar.runs / ((performance.now() - started) / 1000))} runs/s`,
          );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    return { output: describeResult({ args, result, seconds }), result, clusterIds };
  } finally {
    await fleet.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

function describeResult({
  args,
  result,
  seconds,
}: {
  args: SeedHistoryArgs;
  result: IntervalHistoryResult;
  seconds: number;
}) {
  const day = (date: Date | null) => date?.toISOString().slice(0, 16) ?? "?";
  const lines = [
    `seeded ${result.runs} runs for ${args.clusters} clusters, ${day(result.from)} … ${day(result.to)} UTC, every ${args.interval}, in ${seconds.toFixed(1)} s`,
    `  collected from the simulator: ${result.collected} (first day and every day a cluster's timeline changes)`,
    `  outage runs (collected against a closed port): ${result.outageRuns}, failed runs in total: ${result.failedRuns}`,
    `  unchanged runs (the last collected snapshot stored again; deduplicated by hash): ${result.unchangedRuns}`,
    `  new snapshots stored: ${result.newSnapshots}; evaluations stored: ${result.evaluations}, unchanged evaluations confirmed: ${result.confirmations}`,
    `  catalog: runs before a third of the period back are evaluated as version ${PREVIOUS_CATALOG_VERSION}, later ones as ${getEvaluationCatalog().version}`,
  ];
  if (result.problems.length > 0)
    lines.push(`  problems (${result.problems.length}):`, ...result.problems.slice(0, 10).map((p) => `    ${p}`));
  return lines.join("\n");
}
