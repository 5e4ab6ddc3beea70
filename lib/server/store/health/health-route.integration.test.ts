// GET /api/health against a real PostgreSQL: 200 while a worker heartbeat is fresh, 503 naming the
// worker when none is (never started, stopped cleanly, or silent for longer than the threshold).
import { beforeEach, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute } from "@/lib/server/testing/call-route";
import { beatWorkerHeartbeat, removeWorkerHeartbeat } from "./beat-worker-heartbeat";
import { WORKER_STALE_AFTER_MS } from "./check-health";

function callHealth() {
  return callRoute({ handler: health, path: "/api/health" });
}

/** A worker whose last heartbeat was `agoMs` ago (since then it crashed, hung, or lost the database). */
async function workerLastSeen({ agoMs }: { agoMs: number }): Promise<Date> {
  const lastSeenAt = new Date(Date.now() - agoMs);
  await getDb().workerHeartbeat.create({
    data: { id: "worker-quiet", hostname: "h", pid: 1, startedAt: lastSeenAt, lastSeenAt },
  });
  return lastSeenAt;
}

beforeEach(resetDatabase);

describe("GET /api/health", () => {
  it("answers 200 with the database and a worker alive", async () => {
    await beatWorkerHeartbeat({ workerId: "worker-1" });
    const answer = await callHealth();
    expect(answer).toMatchObject({
      status: 200,
      json: { status: "ok", failing: [], database: "ok", workers: 1, lastWorkerHeartbeat: expect.any(String) },
    });
  });

  it("answers 503 naming the worker when no worker has ever beaten", async () => {
    const answer = await callHealth();
    expect(answer).toMatchObject({
      status: 503,
      json: { status: "degraded", failing: ["worker"], database: "ok", workers: 0, lastWorkerHeartbeat: null },
    });
  });

  it("answers 503 naming the worker once the only worker stopped", async () => {
    await beatWorkerHeartbeat({ workerId: "worker-1" });
    expect((await callHealth()).status).toBe(200);
    await removeWorkerHeartbeat({ workerId: "worker-1" });
    expect(await callHealth()).toMatchObject({ status: 503, json: { failing: ["worker"] } });
  });

  it("answers 503 when the last heartbeat is older than the threshold, and says when it was", async () => {
    const lastSeenAt = await workerLastSeen({ agoMs: WORKER_STALE_AFTER_MS + 5_000 });
    const answer = await callHealth();
    expect(answer).toMatchObject({
      status: 503,
      json: { status: "degraded", failing: ["worker"], workers: 0, lastWorkerHeartbeat: lastSeenAt.toISOString() },
    });
    // A second worker beating again is enough.
    await beatWorkerHeartbeat({ workerId: "worker-2" });
    expect(await callHealth()).toMatchObject({ status: 200, json: { failing: [], workers: 1 } });
  });

  it("counts a heartbeat within the threshold as alive", async () => {
    await workerLastSeen({ agoMs: WORKER_STALE_AFTER_MS - 10_000 });
    expect(await callHealth()).toMatchObject({ status: 200, json: { failing: [], workers: 1 } });
  });

  it("tells caches not to keep the answer", async () => {
    const response = await health();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
