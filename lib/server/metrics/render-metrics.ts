import { Gauge, Registry } from "prom-client";
import { COLLECTION_ERROR_KINDS, RUN_STATUSES } from "@/lib/shared/run-view";
import { formatHistogram } from "./format-histogram";
import { ERROR_WINDOW_HOURS, RUN_DURATION_BUCKETS_SECONDS, type MetricsSnapshot } from "./metrics-snapshot";

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/**
 * The Prometheus text exposition of one snapshot. A fresh registry per scrape: values are read
 * from the database each time, so nothing is kept between scrapes and concurrent scrapes cannot
 * mix their numbers.
 */
export async function renderMetrics(snapshot: MetricsSnapshot): Promise<string> {
  const registry = new Registry();
  const gauge = <Label extends string>(name: string, help: string, labelNames: readonly Label[] = []) =>
    new Gauge<Label>({ name, help, labelNames, registers: [registry] });

  const runs = gauge("lotse_collection_runs", "Stored collection runs by status.", ["status"]);
  for (const status of RUN_STATUSES) runs.set({ status }, snapshot.runsByStatus[status] ?? 0);

  const lastSuccess = gauge(
    "lotse_cluster_last_success_timestamp_seconds",
    "Unix time at which the cluster's last successful (succeeded or partial) run finished; absent when it never had one.",
    ["cluster"],
  );
  const stale = gauge(
    "lotse_cluster_stale",
    "1 when the cluster is STALE: no successful run for more than twice its schedule interval (since registration when it never had one).",
    ["cluster"],
  );
  for (const cluster of snapshot.clusters) {
    if (cluster.lastSuccessAt) lastSuccess.set({ cluster: cluster.name }, cluster.lastSuccessAt.getTime() / 1000);
    stale.set({ cluster: cluster.name }, cluster.isStale ? 1 : 0);
  }

  const errors = gauge(
    `lotse_collection_errors_last_${ERROR_WINDOW_HOURS}h`,
    `Errors reading cluster APIs (Kubernetes, Talos) by kind, summed over runs that finished in the last ${ERROR_WINDOW_HOURS} hours; not a counter.`,
    ["kind"],
  );
  const kinds = new Set<string>([...COLLECTION_ERROR_KINDS, ...Object.keys(snapshot.errorsByKind)]);
  for (const kind of kinds) errors.set({ kind }, snapshot.errorsByKind[kind] ?? 0);

  const queue = gauge(
    "lotse_job_queue_depth",
    "Collection jobs waiting (queued) and running (active), as counted by the job queue's last monitor pass.",
    ["state"],
  );
  queue.set({ state: "queued" }, snapshot.queue.queued);
  queue.set({ state: "active" }, snapshot.queue.active);

  gauge("lotse_workers_alive", "Worker processes that sent a heartbeat in the last 60 seconds.").set(
    snapshot.workersAlive,
  );

  const histogram = formatHistogram({
    name: "lotse_collection_run_duration_seconds",
    help: "Duration of finished collection runs (all stored runs, claim to finish).",
    bounds: RUN_DURATION_BUCKETS_SECONDS,
    cumulativeCounts: snapshot.runDurations.buckets,
    count: snapshot.runDurations.count,
    sum: snapshot.runDurations.sumSeconds,
  });
  return `${await registry.metrics()}\n${histogram}`;
}
