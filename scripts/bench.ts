// `npm run bench [-- --quick] [-- --only GROUP,…]`: the performance figures of issue 8 against an
// embedded PostgreSQL and the fleet simulator; see README "Benchmark" and lib/server/bench.
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from "@/lib/server/bench/parse-bench-args";
import { runBench } from "@/lib/server/bench/run-bench";

process.env.NEXT_TELEMETRY_DISABLED = "1";
let args: BenchArgs;
try {
  args = parseBenchArgs({ argv: process.argv.slice(2) });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
if (args.isHelp) {
  console.log(BENCH_USAGE);
  process.exit(0);
}
try {
  await runBench({ args });
  process.exit(0);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
