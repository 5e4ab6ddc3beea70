import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FigureResult } from "./bench-figures";
import { FIGURES, findFigure } from "./bench-figures";
import { describeSizes, FULL_SIZES, QUICK_SIZES } from "./bench-sizes";
import { formatBenchLine, formatBenchTable } from "./format-bench-table";
import { extrapolateYearBytes } from "./extrapolate-year-bytes";
import { measureDatabaseSize } from "./measure-database-size";
import type { ReadLatency } from "./measure-read-latency";
import type { BenchArgs } from "./parse-bench-args";
import { runBenchPhase } from "./run-bench-phase";
import { runSeedHistoryCli } from "./run-seed-history-cli";
import { startBenchDatabase } from "./start-bench-database";
import { measureFleetPageLcp } from "./measure-fleet-page-lcp";

/** The framework the trends and evidence figures use (the one with the 12-month retention duty). */
const FRAMEWORK = "pci-dss";
const LCP_PORT = 3522;
const LCP_NEXT_DIR = ".next-bench";

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  mode: "full" | "quick";
  sizes: typeof FULL_SIZES;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverage: number[]; node: string };
  figures: (FigureResult & { unit: string })[];
  notes: string[];
}

/**
 * `npm run bench`: every figure of issue 8 against an embedded PostgreSQL (one database per part)
 * and the simulator; each part runs in processes of its own. Prints `BENCH name value unit` lines
 * as figures come in, then the table; writes the report to `args.outFile`.
 */
export async function runBench({
  args,
  log = (line) => console.log(line),
}: {
  args: BenchArgs;
  log?: (line: string) => void;
}): Promise<BenchReport> {
  const sizes = { ...(args.isQuick ? QUICK_SIZES : FULL_SIZES) };
  if (args.historyDays !== null) sizes.historyDays = args.historyDays;
  const startedAt = new Date();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    node: process.version,
  };
  log(
    `bench ${args.isQuick ? "--quick" : "(full)"} ${startedAt.toISOString()} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, load ${machine.loadAverage.join(" ")}`,
  );
  log(`sizes: ${describeSizes(sizes)}`);
  const results: FigureResult[] = [];
  const notes: string[] = [];
  const isHistoryReduced = sizes.historyDays < 365 || sizes.historyClusters < 30;
  const reduced = new Set([
    ...(sizes.scaleClusters < 300 ? ["collect_300_clusters_s"] : []),
    ...(isHistoryReduced ? ["heatmap_growth", "plan_large_seq_scans", "db_bytes_per_year"] : []),
  ]);
  const emit = (result: FigureResult) => {
    if (reduced.has(result.name)) result.isReduced = true;
    results.push(result);
    if (result.value !== null) log(formatBenchLine({ spec: findFigure(result.name), value: result.value }));
    else log(`BENCH ${result.name} not-measured (${result.note ?? ""})`);
  };
  const server = await startBenchDatabase();
  const dataDir = path.join(server.root, "data");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const has = (group: BenchArgs["groups"][number]) => args.groups.includes(group);
  const phase = async <T>(name: string, database: string, options: Record<string, number | string | boolean>) => {
    const url = await server.createDatabase(database);
    log(`- ${name}`);
    return runBenchPhase<T>({ phase: name, options, env: { DATABASE_URL: url, LOTSE_DATA_DIR: dataDir }, log });
  };
  const attempt = async (label: string, names: string[], work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = message.split("\n")[0]!;
      notes.push(`${label} failed: ${reason}`);
      log(`  ${label} failed: ${message}`);
      for (const name of names)
        if (!results.some((result) => result.name === name)) emit({ name, value: null, note: `${label} failed` });
    }
  };

  try {
    if (has("collect") || has("kubectl")) {
      await attempt("fleet collection", ["collect_fleet_s", "collect_slowest_alone_s", "collect_ratio"], async () => {
        const figures = await phase<FigureResult[]>("collect", "bench_collect", {
          clusters: sizes.fleetClusters,
          withKubectl: has("kubectl"),
        });
        figures.forEach(emit);
      });
    }
    if (has("scale")) {
      await attempt("scale collection", ["collect_300_clusters_s"], async () => {
        (await phase<FigureResult[]>("scale", "bench_scale", { clusters: sizes.scaleClusters })).forEach(emit);
      });
    }
    if (has("footprint")) {
      await attempt("big cluster", ["big_cluster_collect_s"], async () => {
        (await phase<FigureResult[]>("big", "bench_big", { nodes: sizes.bigNodes, pods: sizes.bigPods })).forEach(emit);
      });
    }
    let dayUrl: string | null = null;
    let yearUrl: string | null = null;
    if (has("history") || has("evidence") || has("lcp")) {
      await attempt("history", ["seed_history_s"], async () => {
        const env = (url: string) => ({ DATABASE_URL: url, LOTSE_DATA_DIR: dataDir });
        dayUrl = await server.createDatabase("bench_history_day");
        log(`- seed-history: ${sizes.historyClusters} clusters × 1 day, hourly`);
        await runSeedHistoryCli({ clusters: sizes.historyClusters, days: 1, interval: "1h", env: env(dayUrl), log });
        if (!has("history") && !has("evidence")) return; // the page load needs only the day
        yearUrl = await server.createDatabase("bench_history_year");
        log(`- seed-history: ${sizes.historyClusters} clusters × ${sizes.historyDays} days, hourly`);
        const seeded = await runSeedHistoryCli({
          clusters: sizes.historyClusters,
          days: sizes.historyDays,
          interval: "1h",
          env: env(yearUrl),
          log,
        });
        for (const line of seeded.summary.split("\n")) log(`    ${line}`);
        const size = `${sizes.historyClusters} clusters × ${sizes.historyDays} days hourly`;
        emit({
          name: "seed_history_s",
          value: seeded.seconds,
          note: `${size}: ${seeded.runs} runs (CLI wall time, simulator start included)`,
        });
        emit({ name: "seed_history_runs_per_s", value: seeded.runs / seeded.seconds });
        const oneDay = await measureDatabaseSize({ connectionString: dayUrl });
        const database = await measureDatabaseSize({ connectionString: yearUrl });
        const top = database.tables
          .slice(0, 4)
          .map((table) => `${table.name} ${(table.bytes / 1e6).toFixed(1)} MB`)
          .join(", ");
        const measured = `${(database.bytes / 1e6).toFixed(1)} MB after ${sizes.historyDays} days, ${(oneDay.bytes / 1e6).toFixed(1)} MB after 1 day`;
        emit({
          name: "db_bytes_per_year",
          value: extrapolateYearBytes({ oneDayBytes: oneDay.bytes, bytes: database.bytes, days: sizes.historyDays }),
          note:
            sizes.historyDays === 365
              ? `measured: ${size}; largest: ${top}`
              : `EXTRAPOLATED linearly from ${measured}; largest: ${top}`,
        });
        const reads = async (url: string) => {
          log(`- reads on ${url === dayUrl ? "1 day" : `${sizes.historyDays} days`} of history`);
          return runBenchPhase<ReadLatency>({
            phase: "reads",
            options: { requests: sizes.requests, trendsDays: sizes.trendsDays, framework: FRAMEWORK },
            env: env(url),
            log,
          });
        };
        const day = await reads(dayUrl);
        const year = await reads(yearUrl);
        const yearLabel =
          sizes.historyDays === 365 ? "1 year" : `${sizes.historyDays} days (${args.isQuick ? "quick" : "reduced"})`;
        const perRequest = `${sizes.requests} sequential calls of loadHeatmap (the route's service, in process, no HTTP)`;
        emit({
          name: "heatmap_1d_p50_ms",
          value: day.heatmapP50Ms,
          note: `${sizes.historyClusters} clusters, 1 day; ${perRequest}`,
        });
        emit({ name: "heatmap_1d_p95_ms", value: day.heatmapP95Ms });
        emit({
          name: "heatmap_1y_p50_ms",
          value: year.heatmapP50Ms,
          note: `${sizes.historyClusters} clusters, ${yearLabel}`,
        });
        emit({ name: "heatmap_1y_p95_ms", value: year.heatmapP95Ms });
        emit({
          name: "heatmap_growth",
          value: year.heatmapP95Ms / day.heatmapP95Ms,
          note: `p95 ${yearLabel} / p95 1 day, same run`,
        });
        emit({
          name: "trends_365d_p95_ms",
          value: year.trendsP95Ms,
          note: `loadTrends fleet × ${FRAMEWORK} × ${year.trendsDays} days over ${yearLabel} of history`,
        });
        for (const plan of year.plans)
          log(
            `  PLAN ${plan.name}: ${plan.executionMs.toFixed(2)} ms, ${plan.nodeTypes.join(" > ")}` +
              (plan.seqScanTables.length > 0 ? `; seq scan: ${plan.seqScanTables.join(", ")}` : ""),
          );
        const scanning = year.plans.filter((plan) => plan.hasLargeSeqScan).map((plan) => plan.name);
        emit({
          name: "plan_large_seq_scans",
          value: scanning.length,
          note: `EXPLAIN ANALYZE of ${year.plans.length} hot queries (explainHotQueries) on ${yearLabel}${scanning.length > 0 ? `: ${scanning.join(", ")}` : ""}`,
        });
      });
    }
    if (has("evidence")) {
      await attempt("evidence pack", ["evidence_pack_s", "evidence_pack_peak_rss_mb"], async () => {
        if (!yearUrl) throw new Error("needs the generated history (group history)");
        log(`- evidence pack: fleet × ${FRAMEWORK} × ${sizes.evidenceDays} days`);
        const pack = await runBenchPhase<{ seconds: number; peakRssMb: number | null; sizeBytes: number | null }>({
          phase: "evidence",
          options: { framework: FRAMEWORK, days: sizes.evidenceDays },
          env: { DATABASE_URL: yearUrl, LOTSE_DATA_DIR: dataDir },
          log,
        });
        const scope = `${sizes.historyClusters} clusters × ${FRAMEWORK} × ${sizes.evidenceDays} days (history: ${sizes.historyDays} days)`;
        emit({
          name: "evidence_pack_s",
          value: pack.seconds,
          note: `${scope}; generateEvidencePack, ${((pack.sizeBytes ?? 0) / 1e6).toFixed(1)} MB zip`,
        });
        emit({
          name: "evidence_pack_peak_rss_mb",
          value: pack.peakRssMb,
          note: "VmHWM of the process that built it (Node + app modules + pack)",
        });
      });
    }
    if (has("lcp")) {
      await attempt("fleet page LCP", ["fleet_page_lcp_ms"], async () => {
        if (!dayUrl) throw new Error("needs the generated 1-day history (group history)");
        if (args.isQuick && !existsSync(path.join(LCP_NEXT_DIR, "BUILD_ID"))) {
          emit({
            name: "fleet_page_lcp_ms",
            value: null,
            note: `quick: no production build in ${LCP_NEXT_DIR} (the full bench builds it)`,
          });
          return;
        }
        log(`- fleet page LCP (production build in ${LCP_NEXT_DIR}, built when stale; port ${LCP_PORT})`);
        const lcp = await measureFleetPageLcp({
          databaseUrl: dayUrl,
          dataDir,
          port: LCP_PORT,
          nextDir: LCP_NEXT_DIR,
          loads: sizes.lcpLoads,
        });
        emit({
          name: "fleet_page_lcp_ms",
          value: lcp.lcpMs,
          note: `median of ${lcp.samples.length} loads (${lcp.samples.map((value) => Math.round(value)).join(", ")} ms), ${sizes.historyClusters} clusters, Chromium; LCP element: ${lcp.elements.join(" / ")}`,
        });
      });
    }
  } finally {
    await server.stop();
  }

  const table = formatBenchTable({ specs: FIGURES, results });
  log("");
  log(
    `${args.isQuick ? "QUICK run" : "Full run"} (${describeSizes(sizes)}); n/a: a target about 300 clusters or a year, measured smaller.`,
  );
  log(table);
  for (const note of notes) log(`note: ${note}`);
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    mode: args.isQuick ? "quick" : "full",
    sizes,
    machine,
    figures: results.map((result) => ({ ...result, unit: findFigure(result.name).unit })),
    notes,
  };
  await writeFile(args.outFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to ${args.outFile}`);
  return report;
}
