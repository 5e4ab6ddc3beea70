import { parseArgs } from "node:util";

export const BENCH_GROUPS = ["collect", "kubectl", "scale", "footprint", "history", "evidence", "lcp"] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

export interface BenchArgs {
  isQuick: boolean;
  isHelp: boolean;
  groups: BenchGroup[];
  outFile: string;
  /** Overrides the days of generated hourly history (the year is extrapolated from them). */
  historyDays: number | null;
}

export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--only GROUP,…] [--history-days N] [--out FILE]

  --quick      the 2-minute version: smaller fleets, fewer days of history, fewer requests
               (the table says which sizes were used)
  --only       run only these groups: ${BENCH_GROUPS.join(", ")}
  --history-days N
               generate N days of hourly history instead of 365 (2–365; db_bytes_per_year is then
               extrapolated and says so): a full year takes hours on a small machine
  --out FILE   where the results go (default bench-results.json)`;

/** `npm run bench` arguments; throws a one-line message for anything unknown. */
export function parseBenchArgs({ argv }: { argv: string[] }): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean" },
      only: { type: "string" },
      out: { type: "string" },
      "history-days": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: false,
    strict: true,
  });
  const groups = values.only === undefined ? [...BENCH_GROUPS] : values.only.split(",").map((group) => group.trim());
  const unknown = groups.filter((group) => !(BENCH_GROUPS as readonly string[]).includes(group));
  if (unknown.length > 0 || groups.length === 0)
    throw new Error(`--only: unknown group ${JSON.stringify(unknown.join(","))} (one of ${BENCH_GROUPS.join(", ")})`);
  const historyDays = values["history-days"] === undefined ? null : Number(values["history-days"]);
  if (historyDays !== null && (!Number.isInteger(historyDays) || historyDays < 2 || historyDays > 365))
    throw new Error(`--history-days must be a whole number from 2 to 365, got ${values["history-days"]}`);
  return {
    historyDays,
    isQuick: values.quick === true,
    isHelp: values.help === true,
    groups: groups as BenchGroup[],
    outFile: values.out ?? "bench-results.json",
  };
}
