import { loadHeatmap } from "@/lib/server/fleet/load-heatmap";
import { loadTrends } from "@/lib/server/trends/load-trends";
import { addDays, toDay } from "@/lib/server/trends/trend-days";
import { explainHotQueries } from "@/lib/server/store/explain/explain-hot-queries";
import { percentile } from "./percentile";

/** Wall time of `requests` sequential calls after `warmUp` unmeasured ones (JIT, connection pool). */
async function timeCalls(call: () => Promise<unknown>, requests: number, warmUp = 20): Promise<number[]> {
  for (let index = 0; index < warmUp; index++) await call();
  const times: number[] = [];
  for (let index = 0; index < requests; index++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times;
}

export interface ReadLatency {
  heatmapP50Ms: number;
  heatmapP95Ms: number;
  trendsP95Ms: number;
  trendsDays: number;
  /** EXPLAIN ANALYZE of the hot read queries (explainHotQueries), after the timed calls. */
  plans: {
    name: string;
    executionMs: number;
    nodeTypes: string[];
    seqScanTables: string[];
    hasLargeSeqScan: boolean;
  }[];
}

/**
 * The heatmap and trends services exactly as their route handlers call them (loadHeatmap with no
 * filter; loadTrends for the fleet, one framework, the last `trendsDays` days), in process, so the
 * figures leave out HTTP, auth and JSON serialization.
 */
export async function measureReadLatency({
  requests,
  trendsDays,
  framework,
}: {
  requests: number;
  trendsDays: number;
  framework: string;
}): Promise<ReadLatency> {
  const heatmap = await timeCalls(() => loadHeatmap({}), requests);
  const today = toDay(new Date());
  const trends = await timeCalls(
    () => loadTrends({ framework, from: addDays(today, 1 - trendsDays), to: today }),
    requests,
  );
  const plans = (await explainHotQueries({ frameworkId: framework, days: trendsDays })).map(
    ({ name, executionMs, nodeTypes, seqScanTables, hasLargeSeqScan }) => ({
      name,
      executionMs,
      nodeTypes,
      seqScanTables,
      hasLargeSeqScan,
    }),
  );
  return {
    plans,
    heatmapP50Ms: percentile(heatmap, 50),
    heatmapP95Ms: percentile(heatmap, 95),
    trendsP95Ms: percentile(trends, 95),
    trendsDays,
  };
}
