// One part of `npm run bench` in a process of its own (started by run-bench.ts): its database is
// DATABASE_URL, so each part reads and writes only its own, and /proc figures are its own.
// Prints `BENCH_PHASE_RESULT <json>` as its last line.
import { disconnectDb } from "@/lib/server/store/db";
import { loadBigClusterScenario, loadFleetScenario } from "./bench-scenarios";
import { measureBigCluster } from "./measure-big-cluster";
import { measureEvidencePack } from "./measure-evidence-pack";
import { measureFleetCollection } from "./measure-fleet-collection";
import { measureReadLatency } from "./measure-read-latency";
import { measureScaleCollection } from "./measure-scale-collection";

import { PHASE_RESULT_PREFIX } from "./run-bench-phase";

type PhaseOptions = Record<string, number | string | boolean>;

async function runPhase(phase: string, options: PhaseOptions): Promise<unknown> {
  const number = (key: string) => Number(options[key]);
  switch (phase) {
    case "collect":
      return measureFleetCollection({
        scenario: await loadFleetScenario({ clusters: number("clusters") }),
        workerEnv: {},
        withKubectl: options.withKubectl === true,
      });
    case "scale":
      return measureScaleCollection({
        scenario: await loadFleetScenario({ clusters: number("clusters") }),
        workerEnv: {},
      });
    case "big":
      return measureBigCluster({
        scenario: await loadBigClusterScenario({ nodes: number("nodes"), pods: number("pods") }),
        workerEnv: {},
        size: `${number("nodes")} nodes × ${number("pods")} pods`,
      });
    case "reads":
      return measureReadLatency({
        requests: number("requests"),
        trendsDays: number("trendsDays"),
        framework: String(options.framework),
      });
    case "evidence":
      return measureEvidencePack({ framework: String(options.framework), days: number("days") });
    default:
      throw new Error(`unknown bench phase ${phase}`);
  }
}

async function main(): Promise<void> {
  const [phase = ""] = process.argv.slice(2);
  const options = JSON.parse(process.env.LOTSE_BENCH_OPTIONS ?? "{}") as PhaseOptions;
  try {
    const result = await runPhase(phase, options);
    process.stdout.write(`\n${PHASE_RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    await disconnectDb();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
