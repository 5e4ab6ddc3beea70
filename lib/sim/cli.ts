// npm run sim -- [--scenario FILE] [--out DIR] [--day N]: starts a simulated fleet and serves it
// until SIGINT / SIGTERM. Exit codes: 0 after a clean stop, 2 for bad arguments or a bad
// scenario file (with the reason), 1 when the fleet cannot start.
import { formatFleetSummary, startFleet } from "@/lib/sim/fleet";
import { parseSimArgs, SIM_USAGE, type SimArgs } from "@/lib/sim/fleet/parse-sim-args";
import { loadScenario, ScenarioError, type Scenario } from "@/lib/sim/scenario";

async function main(): Promise<number> {
  let args: SimArgs;
  let scenario: Scenario;
  try {
    args = parseSimArgs({ argv: process.argv.slice(2) });
    if (args.isHelp) {
      console.log(SIM_USAGE);
      return 0;
    }
    scenario = await loadScenario({ path: args.scenarioPath });
  } catch (error) {
    console.error(error instanceof ScenarioError ? error.message : `${(error as Error).message}\n\n${SIM_USAGE}`);
    return 2;
  }
  let fleet;
  try {
    fleet = await startFleet({ scenario, outDir: args.outDir, scenarioPath: args.scenarioPath, day: args.day });
  } catch (error) {
    // A scenario can be valid and still not build (e.g. an object the simulated API cannot serve).
    console.error(
      error instanceof ScenarioError ? error.message : `the fleet did not start: ${(error as Error).message}`,
    );
    return error instanceof ScenarioError ? 2 : 1;
  }
  const running = fleet;
  // Handlers first: whoever reads "serving" may signal at once.
  const stopped = new Promise<void>((resolveStop) => {
    const stop = (signal: NodeJS.Signals) => {
      console.log(`\n${signal}: stopping ${running.clusters.length} clusters`);
      resolveStop();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  console.log(formatFleetSummary({ fleet }));
  console.log("\nserving; stop with Ctrl-C (SIGINT) or SIGTERM");
  await stopped;
  await running.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
