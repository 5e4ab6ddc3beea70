import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as metrics } from "@/app/api/metrics/route";
import { readEnv } from "@/lib/server/config/read-env";
import { COLLECT_QUEUE, createJobQueue, ensureCollectQueue } from "@/lib/server/jobs/job-queue";
import { getDb, type Prisma } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { parseExposition, type ParsedExposition } from "./testing/parse-exposition";

// readEnv() is read lazily and cached per test file, so this is in place before the first scrape.
const SCRAPE_SECRET = "scrape-secret-for-integration-tests";
process.env.LOTSE_METRICS_SECRET = SCRAPE_SECRET;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const KUBE_SERVER = "https://10.77.0.1:6443";
const TALOS_ENDPOINT = "10.77.0.2:50000";

async function addCluster(
  name: string,
  { createdAgoMs, lastSuccessAgoMs }: { createdAgoMs: number; lastSuccessAgoMs?: number },
) {
  const now = Date.now();
  return getDb().cluster.create({
    data: {
      name,
      environment: "on_prem",
      schedule: "0 * * * *",
      kubeServer: KUBE_SERVER,
      kubeContext: "admin@x",
      kubeInfo: {},
      talosEndpoints: [TALOS_ENDPOINT],
      createdAt: new Date(now - createdAgoMs),
      lastSuccessAt: lastSuccessAgoMs === undefined ? null : new Date(now - lastSuccessAgoMs),
    },
  });
}

async function addRun({
  clusterId,
  status,
  durationMs = null,
  finishedAgoMs,
  byKind,
}: {
  clusterId: string;
  status: "queued" | "running" | "succeeded" | "partial" | "failed";
  durationMs?: number | null;
  finishedAgoMs?: number;
  byKind?: Prisma.InputJsonValue;
}) {
  const finishedAt = finishedAgoMs === undefined ? null : new Date(Date.now() - finishedAgoMs);
  await getDb().collectionRun.create({
    data: {
      clusterId,
      status,
      trigger: "manual",
      requestedBy: "test",
      startedAt: status === "queued" ? null : new Date(Date.now() - 2 * HOUR),
      finishedAt,
      durationMs,
      errorSummary: byKind === undefined ? undefined : { total: 0, byKind, items: [], notReadableWithCredential: 0 },
    },
  });
}

async function scrapeAs(token: string): Promise<ParsedExposition> {
  const response = await callRoute({ handler: metrics, path: "/api/metrics", token });
  expect(response.status, response.text).toBe(200);
  return parseExposition(response.text);
}

describe("GET /api/metrics", () => {
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;

  beforeEach(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
  });

  it("answers tokens of staff roles and the scrape secret; refuses everyone else", async () => {
    const statusOf = async (token?: string) =>
      (await callRoute({ handler: metrics, path: "/api/metrics", token })).status;
    expect(await statusOf()).toBe(401);
    expect(await statusOf(tokens.viewer)).toBe(403);
    expect(await statusOf(tokens.auditor)).toBe(200);
    expect(await statusOf(tokens.engineer)).toBe(200);
    expect(await statusOf(tokens.admin)).toBe(200);
    expect(await statusOf(SCRAPE_SECRET)).toBe(200);
    expect(await statusOf(`${SCRAPE_SECRET}-wrong`)).toBe(401);
    expect(await statusOf(SCRAPE_SECRET.slice(0, -1))).toBe(401);
  });

  it("answers in the Prometheus text format, uncached", async () => {
    const request = new NextRequest(new URL("/api/metrics", "http://localhost:3000"), {
      headers: { authorization: `Bearer ${SCRAPE_SECRET}` },
    });
    const response = await metrics(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(parseExposition(await response.text()).families.size).toBeGreaterThanOrEqual(7);
  });

  it("reports runs, durations, freshness, errors and workers exactly as stored", async () => {
    const alpha = await addCluster("alpha", { createdAgoMs: 30 * HOUR, lastSuccessAgoMs: 30 * MINUTE });
    const bravo = await addCluster("bravo", { createdAgoMs: 30 * HOUR, lastSuccessAgoMs: 3 * HOUR });
    const charlie = await addCluster("charlie", { createdAgoMs: 10 * MINUTE });
    await addCluster("delta", { createdAgoMs: 5 * HOUR });

    // Durations: 0.5 s and exactly 1 s (bounds are inclusive), 7 s, 20 s, 45 s, 700 s (beyond the last bound).
    await addRun({
      clusterId: alpha.id,
      status: "succeeded",
      durationMs: 500,
      finishedAgoMs: 10 * MINUTE,
      byKind: { timeout: "many" }, // not a number: ignored, not fatal
    });
    await addRun({
      clusterId: alpha.id,
      status: "succeeded",
      durationMs: 1000,
      finishedAgoMs: 20 * MINUTE,
      byKind: {},
    });
    await addRun({
      clusterId: alpha.id,
      status: "succeeded",
      durationMs: 700_000,
      finishedAgoMs: 30 * MINUTE,
      byKind: {},
    });
    await addRun({
      clusterId: alpha.id,
      status: "partial",
      durationMs: 7000,
      finishedAgoMs: HOUR,
      byKind: { timeout: 2, forbidden: 1 },
    });
    await addRun({
      clusterId: bravo.id,
      status: "failed",
      durationMs: 45_000,
      finishedAgoMs: 2 * HOUR,
      byKind: { unreachable: 1, timeout: 1 },
    });
    // Failed by the machinery: finished, but never measured.
    await addRun({ clusterId: bravo.id, status: "failed", finishedAgoMs: 3 * HOUR, byKind: {} });
    // Outside the 24-hour error window, still part of the histogram.
    await addRun({
      clusterId: alpha.id,
      status: "partial",
      durationMs: 20_000,
      finishedAgoMs: 25 * HOUR,
      byKind: { timeout: 100, tls: 5 },
    });
    await addRun({ clusterId: bravo.id, status: "queued" });
    await addRun({ clusterId: charlie.id, status: "running" });

    await getDb().workerHeartbeat.createMany({
      data: [
        { id: "w-live", hostname: "h", pid: 1, lastSeenAt: new Date(Date.now() - 10_000) },
        { id: "w-gone", hostname: "h", pid: 2, lastSeenAt: new Date(Date.now() - 5 * MINUTE) },
      ],
    });

    const response = await callRoute({ handler: metrics, path: "/api/metrics", token: tokens.auditor });
    expect(response.status).toBe(200);
    const parsed = parseExposition(response.text);

    const byLabel = (name: string, label: string) =>
      Object.fromEntries(parsed.series(name).map((entry) => [entry.labels[label], entry.value]));
    expect(byLabel("lotse_collection_runs", "status")).toEqual({
      queued: 1,
      running: 1,
      succeeded: 3,
      partial: 2,
      failed: 2,
    });

    const histogram = "lotse_collection_run_duration_seconds";
    expect(byLabel(`${histogram}_bucket`, "le")).toEqual({
      "1": 2,
      "5": 2,
      "10": 3,
      "30": 4,
      "60": 5,
      "120": 5,
      "300": 5,
      "600": 5,
      "+Inf": 6,
    });
    expect(parsed.value(`${histogram}_count`)).toBe(6);
    expect(parsed.value(`${histogram}_sum`)).toBe(773.5);

    const rows = await getDb().cluster.findMany();
    const lastSuccess = (name: string) => rows.find((row) => row.name === name)!.lastSuccessAt!.getTime() / 1000;
    expect(byLabel("lotse_cluster_last_success_timestamp_seconds", "cluster")).toEqual({
      alpha: lastSuccess("alpha"),
      bravo: lastSuccess("bravo"),
    });
    // Hourly schedule: STALE after 2 h without success (since registration when never collected).
    expect(byLabel("lotse_cluster_stale", "cluster")).toEqual({ alpha: 0, bravo: 1, charlie: 0, delta: 1 });

    expect(byLabel("lotse_collection_errors_last_24h", "kind")).toEqual({
      unreachable: 1,
      timeout: 3,
      unauthorized: 0,
      forbidden: 1,
      "not-found": 0,
      tls: 0,
      "invalid-response": 0,
    });
    expect(parsed.value("lotse_workers_alive")).toBe(1);

    for (const secret of [KUBE_SERVER, "10.77.0.1", TALOS_ENDPOINT, "10.77.0.2", SCRAPE_SECRET, tokens.auditor]) {
      expect(response.text).not.toContain(secret);
    }
  });

  it("reports zeros on an empty database", async () => {
    const parsed = await scrapeAs(tokens.auditor);
    expect(parsed.series("lotse_collection_runs").every((entry) => entry.value === 0)).toBe(true);
    expect(parsed.value("lotse_collection_run_duration_seconds_count")).toBe(0);
    expect(parsed.value("lotse_collection_run_duration_seconds_sum")).toBe(0);
    expect(parsed.series("lotse_cluster_stale")).toEqual([]);
    expect(parsed.value("lotse_workers_alive")).toBe(0);
  });

  describe("job queue depth", () => {
    let boss: PgBoss;

    beforeAll(async () => {
      boss = createJobQueue({ connectionString: readEnv().DATABASE_URL, role: "sender" });
      await boss.start();
    });

    afterAll(async () => {
      // Leave an empty queue, as a worker would create it, for the test files that follow.
      await ensureCollectQueue(boss, readEnv());
      await boss.deleteAllJobs(COLLECT_QUEUE);
      await boss.stop({ graceful: false });
    });

    it("is 0 without a queue, then counts queued and active jobs", async () => {
      await scrapeAs(tokens.auditor); // starts the web process' own sender
      await boss.deleteQueue(COLLECT_QUEUE);
      let parsed = await scrapeAs(tokens.auditor);
      expect(parsed.value("lotse_job_queue_depth", { state: "queued" })).toBe(0);
      expect(parsed.value("lotse_job_queue_depth", { state: "active" })).toBe(0);

      await ensureCollectQueue(boss, readEnv());
      for (let index = 0; index < 3; index++) await boss.send(COLLECT_QUEUE, { runId: randomUUID() });
      expect(await boss.fetch(COLLECT_QUEUE)).toHaveLength(1);
      // The counts are pg-boss' cached ones; a monitor pass refreshes them (workers run it every few seconds).
      await boss.supervise(COLLECT_QUEUE);

      parsed = await scrapeAs(tokens.auditor);
      expect(parsed.value("lotse_job_queue_depth", { state: "queued" })).toBe(2);
      expect(parsed.value("lotse_job_queue_depth", { state: "active" })).toBe(1);
    });
  });
});
