import { describe, expect, it } from "vitest";
import type { MetricsSnapshot } from "./metrics-snapshot";
import { renderMetrics } from "./render-metrics";
import { parseExposition } from "./testing/parse-exposition";

const snapshot = (overrides: Partial<MetricsSnapshot> = {}): MetricsSnapshot => ({
  runsByStatus: { succeeded: 3, failed: 1 },
  runDurations: { buckets: [0, 1, 2, 2, 3, 4, 4, 4], count: 5, sumSeconds: 1234.5 },
  clusters: [
    { name: "prod-a", lastSuccessAt: new Date("2026-11-23T10:00:00Z"), isStale: false },
    { name: "edge-b", lastSuccessAt: null, isStale: true },
  ],
  errorsByKind: { timeout: 2, "some-new-kind": 1 },
  queue: { queued: 4, active: 2 },
  workersAlive: 3,
  ...overrides,
});

describe("renderMetrics", () => {
  it("reports every run status, zeros included", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    expect(parsed.families.get("lotse_collection_runs")?.type).toBe("gauge");
    expect(
      Object.fromEntries(parsed.series("lotse_collection_runs").map((entry) => [entry.labels.status, entry.value])),
    ).toEqual({ queued: 0, running: 0, succeeded: 3, partial: 0, failed: 1 });
  });

  it("reports the duration histogram with the configured buckets", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    const name = "lotse_collection_run_duration_seconds";
    expect(parsed.families.get(name)?.type).toBe("histogram");
    expect(parsed.series(`${name}_bucket`).map((entry) => [entry.labels.le, entry.value])).toEqual([
      ["1", 0],
      ["5", 1],
      ["10", 2],
      ["30", 2],
      ["60", 3],
      ["120", 4],
      ["300", 4],
      ["600", 4],
      ["+Inf", 5],
    ]);
    expect(parsed.value(`${name}_sum`)).toBe(1234.5);
    expect(parsed.value(`${name}_count`)).toBe(5);
  });

  it("reports last success only for clusters that had one, and STALE for every cluster", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    expect(parsed.series("lotse_cluster_last_success_timestamp_seconds")).toEqual([
      { labels: { cluster: "prod-a" }, value: Date.parse("2026-11-23T10:00:00Z") / 1000 },
    ]);
    expect(parsed.value("lotse_cluster_stale", { cluster: "prod-a" })).toBe(0);
    expect(parsed.value("lotse_cluster_stale", { cluster: "edge-b" })).toBe(1);
  });

  it("escapes cluster names that need it", async () => {
    const name = 'odd "name" \\ here';
    const parsed = parseExposition(
      await renderMetrics(snapshot({ clusters: [{ name, lastSuccessAt: null, isStale: false }] })),
    );
    expect(parsed.value("lotse_cluster_stale", { cluster: name })).toBe(0);
  });

  it("reports errors of every known kind over the window, and kinds it does not know", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    const errors = Object.fromEntries(
      parsed.series("lotse_collection_errors_last_24h").map((entry) => [entry.labels.kind, entry.value]),
    );
    expect(errors).toEqual({
      unreachable: 0,
      timeout: 2,
      unauthorized: 0,
      forbidden: 0,
      "not-found": 0,
      tls: 0,
      "invalid-response": 0,
      "some-new-kind": 1,
    });
    expect(parsed.families.get("lotse_collection_errors_last_24h")?.help).toMatch(/last 24 hours/);
  });

  it("reports queue depth and live workers", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    expect(parsed.value("lotse_job_queue_depth", { state: "queued" })).toBe(4);
    expect(parsed.value("lotse_job_queue_depth", { state: "active" })).toBe(2);
    expect(parsed.value("lotse_workers_alive")).toBe(3);
  });

  it("adds no process metrics", async () => {
    const parsed = parseExposition(await renderMetrics(snapshot()));
    expect([...parsed.families.keys()].every((name) => name.startsWith("lotse_"))).toBe(true);
  });
});
