/** One figure the bench reports; `target` is what the issue asks for (none: informative only). */
export interface FigureSpec {
  name: string;
  unit: string;
  target?: { op: "<=" | ">="; value: number };
  /** The target is about the full sizes (300 clusters, a year): no verdict for a figure measured smaller. */
  isSizeBound?: boolean;
}

export interface FigureResult {
  name: string;
  /** null: not measured in this run (the note says why). */
  value: number | null;
  note?: string;
  /** Measured at a smaller size than the target is about (quick run, or fewer days of history). */
  isReduced?: boolean;
}

const HOUR_S = 3600;

export const FIGURES: readonly FigureSpec[] = [
  { name: "collect_fleet_s", unit: "s" },
  { name: "collect_slowest_alone_s", unit: "s" },
  { name: "collect_ratio", unit: "x", target: { op: "<=", value: 1.5 } },
  { name: "baseline_kubectl_s", unit: "s" },
  { name: "speedup_vs_kubectl", unit: "x", target: { op: ">=", value: 10 } },
  { name: "worker_cpu_s_per_cluster", unit: "s" },
  { name: "worker_peak_rss_mb", unit: "MB", target: { op: "<=", value: 300 } },
  { name: "sim_peak_rss_mb", unit: "MB" },
  { name: "collect_300_clusters_s", unit: "s", target: { op: "<=", value: HOUR_S * 0.1 }, isSizeBound: true },
  { name: "collect_300_clusters_2_workers_s", unit: "s" },
  { name: "collect_300_scaling", unit: "x" },
  { name: "big_cluster_collect_s", unit: "s" },
  { name: "big_cluster_worker_cpu_s", unit: "s" },
  { name: "big_cluster_worker_peak_rss_mb", unit: "MB", target: { op: "<=", value: 300 } },
  { name: "big_cluster_sim_peak_rss_mb", unit: "MB" },
  { name: "seed_history_s", unit: "s" },
  { name: "seed_history_runs_per_s", unit: "runs/s" },
  { name: "heatmap_1d_p50_ms", unit: "ms" },
  { name: "heatmap_1d_p95_ms", unit: "ms", target: { op: "<=", value: 100 } },
  { name: "heatmap_1y_p50_ms", unit: "ms" },
  { name: "heatmap_1y_p95_ms", unit: "ms", target: { op: "<=", value: 100 } },
  { name: "heatmap_growth", unit: "x", target: { op: "<=", value: 1.5 }, isSizeBound: true },
  { name: "trends_365d_p95_ms", unit: "ms", target: { op: "<=", value: 150 } },
  { name: "plan_large_seq_scans", unit: "queries", target: { op: "<=", value: 0 }, isSizeBound: true },
  { name: "db_bytes_per_year", unit: "bytes", target: { op: "<=", value: 1e9 }, isSizeBound: true },
  { name: "evidence_pack_s", unit: "s", target: { op: "<=", value: 10 } },
  { name: "evidence_pack_peak_rss_mb", unit: "MB", target: { op: "<=", value: 300 } },
  { name: "fleet_page_lcp_ms", unit: "ms", target: { op: "<=", value: 1500 } },
];

export function findFigure(name: string): FigureSpec {
  const spec = FIGURES.find((figure) => figure.name === name);
  if (!spec) throw new Error(`unknown bench figure ${name}`);
  return spec;
}
