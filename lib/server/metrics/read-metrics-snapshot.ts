import type { PgBoss } from "pg-boss";
import { computeFreshness } from "@/lib/server/runs/cron-slots";
import { COLLECT_QUEUE } from "@/lib/server/jobs/job-queue";
import { WORKER_STALE_AFTER_MS } from "@/lib/server/store/health/check-health";
import { countLiveWorkers } from "@/lib/server/store/metrics/count-live-workers";
import { countRunsByStatus } from "@/lib/server/store/metrics/count-runs-by-status";
import {
  findClusterSuccessTimes,
  type ClusterSuccessTime,
} from "@/lib/server/store/metrics/find-cluster-success-times";
import { sumRecentCollectionErrors } from "@/lib/server/store/metrics/sum-recent-collection-errors";
import { summarizeRunDurations } from "@/lib/server/store/metrics/summarize-run-durations";
import { ERROR_WINDOW_HOURS, RUN_DURATION_BUCKETS_SECONDS, type MetricsSnapshot } from "./metrics-snapshot";
import { readQueueDepth } from "./read-queue-depth";

/** Same rule as the cluster views: an unusable schedule is not reported as STALE. */
function isStale(cluster: ClusterSuccessTime, now: Date): boolean {
  try {
    return computeFreshness({ ...cluster, now }) === "stale";
  } catch {
    return false;
  }
}

/**
 * Reads every metric from the database (and pg-boss' queue counts), so the numbers are the same
 * whichever web process is scraped, however many workers run, and across restarts.
 */
export async function readMetricsSnapshot({
  now,
  boss,
}: {
  now: Date;
  boss: Pick<PgBoss, "getQueue">;
}): Promise<MetricsSnapshot> {
  const [runsByStatus, durations, clusters, errorsByKind, queue, workersAlive] = await Promise.all([
    countRunsByStatus(),
    summarizeRunDurations({ boundsMs: RUN_DURATION_BUCKETS_SECONDS.map((seconds) => seconds * 1000) }),
    findClusterSuccessTimes(),
    sumRecentCollectionErrors({ since: new Date(now.getTime() - ERROR_WINDOW_HOURS * 3_600_000) }),
    readQueueDepth({ boss, queue: COLLECT_QUEUE }),
    countLiveWorkers({ since: new Date(now.getTime() - WORKER_STALE_AFTER_MS) }),
  ]);
  return {
    runsByStatus,
    runDurations: { buckets: durations.buckets, count: durations.count, sumSeconds: durations.sumMs / 1000 },
    clusters: clusters.map((cluster) => ({
      name: cluster.name,
      lastSuccessAt: cluster.lastSuccessAt,
      isStale: isStale(cluster, now),
    })),
    errorsByKind,
    queue,
    workersAlive,
  };
}
