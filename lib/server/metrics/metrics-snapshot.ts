import type { RunStatusView } from "@/lib/shared/run-view";

/** Upper bounds (seconds) of the run duration histogram's buckets. */
export const RUN_DURATION_BUCKETS_SECONDS = [1, 5, 10, 30, 60, 120, 300, 600] as const;

/** Collection errors are summed over runs that finished within this window. */
export const ERROR_WINDOW_HOURS = 24;

export interface QueueDepth {
  queued: number;
  active: number;
}

/** Everything one scrape reports, read from the database at scrape time. */
export interface MetricsSnapshot {
  runsByStatus: Partial<Record<RunStatusView, number>>;
  runDurations: {
    /** Cumulative counts, one per entry of RUN_DURATION_BUCKETS_SECONDS. */
    buckets: readonly number[];
    count: number;
    sumSeconds: number;
  };
  clusters: { name: string; lastSuccessAt: Date | null; isStale: boolean }[];
  errorsByKind: Record<string, number>;
  queue: QueueDepth;
  workersAlive: number;
}
