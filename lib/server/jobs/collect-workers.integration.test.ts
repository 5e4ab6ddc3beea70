import { afterEach, describe, expect, it } from "vitest";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { POST as collectAll } from "@/app/api/v1/fleet/collect/route";
import type { CollectionRequestView } from "@/lib/shared/run-view";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { registerSimFleet, startHealthyTalosVariants, startSimFleet } from "./testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "./testing/worker-processes";
import { waitFor } from "./testing/wait-for";

const FINAL = ["succeeded", "partial", "failed"] as const;

/** The most runs whose [startedAt, finishedAt] overlap at one instant (a run ending as another starts does not count). */
function mostAtOnce(runs: { startedAt: Date | null; finishedAt: Date | null }[]): number {
  const events = runs.flatMap((run) => [
    { at: run.startedAt!.getTime(), delta: 1 },
    { at: run.finishedAt!.getTime(), delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let most = 0;
  for (const event of events) {
    current += event.delta;
    most = Math.max(most, current);
  }
  return most;
}

describe("several workers on one database", () => {
  let fleet: Fleet | undefined;
  const pools: WorkerPool[] = [];

  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.stop()));
    await fleet?.close();
    fleet = undefined;
  });

  it("two workers collect 30 scheduled clusters exactly once per schedule slot", async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    fleet = await startSimFleet({ scenario: "default" });
    expect(fleet.manifest.clusters).toHaveLength(30);
    // Both workers look for due slots every second: they race for every slot on purpose.
    const pool = await startWorkers({ count: 2, env: { LOTSE_SCHEDULER_TICK_SECONDS: "1" } });
    pools.push(pool);
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin, schedule: "* * * * *" });

    // The first slot fires at once for never-collected clusters; wait for a second slot to finish too.
    const runs = await waitFor(
      async () => {
        const all = await getDb().collectionRun.findMany();
        const slotsPerCluster = new Map<string, Set<number>>();
        for (const run of all) {
          if (!FINAL.includes(run.status as (typeof FINAL)[number])) continue;
          const slots = slotsPerCluster.get(run.clusterId) ?? new Set();
          slots.add(run.scheduledFor!.getTime());
          slotsPerCluster.set(run.clusterId, slots);
        }
        const done = [...ids.values()].every((id) => (slotsPerCluster.get(id)?.size ?? 0) >= 2);
        return done && all;
      },
      {
        timeoutMs: 150_000,
        intervalMs: 1000,
        describe: async () => `${await getDb().collectionRun.count()} runs so far`,
      },
    );

    expect(runs.every((run) => run.trigger === "schedule")).toBe(true);
    const perSlot = new Map<string, number>();
    for (const run of runs) {
      const key = `${run.clusterId}@${run.scheduledFor!.toISOString()}`;
      perSlot.set(key, (perSlot.get(key) ?? 0) + 1);
    }
    expect([...perSlot.values()].every((count) => count === 1)).toBe(true);

    const finished = runs.filter((run) => FINAL.includes(run.status as (typeof FINAL)[number]));
    // Each run was claimed once (no second attempt) and collected once (one log line per collection).
    expect(finished.every((run) => run.attempt === 1)).toBe(true);
    await pool.stop();
    const collections = pool.workers
      .flatMap((worker) => worker.output().split("\n"))
      .filter((line) => line.includes('"msg":"collection finished"'))
      .map((line) => (JSON.parse(line) as { runId: string }).runId);
    const finishedAfterStop = await getDb().collectionRun.findMany({ where: { status: { in: [...FINAL] } } });
    expect(collections.sort()).toEqual(finishedAfterStop.map((run) => run.id).sort());
    // And the work was shared.
    expect(new Set(finishedAfterStop.map((run) => run.workerId)).size).toBe(2);
  }, 240_000);

  it("a worker killed mid-collection: another retries the run, which ends once, with nothing duplicated", async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    // Slow enough (1.5 s per Kubernetes request) that the collection is surely still running when killed.
    fleet = await startHealthyTalosVariants([{ name: "slow-site", faults: { kube: { latencyMs: 1500 } } }]);
    const first = await startWorkers({ count: 1 });
    pools.push(first);
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    const id = ids.get("slow-site")!;
    const requested = (await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.engineer }))
      .json as CollectionRequestView;

    const running = await waitFor(
      async () => {
        const run = await getDb().collectionRun.findUniqueOrThrow({ where: { id: requested.runId } });
        return run.status === "running" && run;
      },
      { timeoutMs: 30_000, describe: () => "the run never started" },
    );
    const second = await startWorkers({ count: 1 });
    pools.push(second);
    await first.kill("worker-1");

    const final = await waitFor(
      async () => {
        const run = await getDb().collectionRun.findUniqueOrThrow({ where: { id: requested.runId } });
        return FINAL.includes(run.status as (typeof FINAL)[number]) && run;
      },
      {
        timeoutMs: 120_000,
        intervalMs: 500,
        describe: async () => JSON.stringify(await getDb().collectionRun.findMany()),
      },
    );
    expect(final.status).toBe("succeeded");
    expect(final.attempt).toBe(2);
    expect(final.workerId).not.toBe(running.workerId);
    expect(await getDb().collectionRun.count({ where: { clusterId: id } })).toBe(1);
    expect(await getDb().snapshot.count({ where: { clusterId: id } })).toBe(1);
    expect(final.snapshotHash).not.toBeNull();
  }, 240_000);

  it("SIGTERM drains: the running collection finishes and the worker exits cleanly", async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    fleet = await startHealthyTalosVariants([{ name: "draining-site", faults: { kube: { latencyMs: 400 } } }]);
    const pool = await startWorkers({ count: 1 });
    pools.push(pool);
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    const requested = (
      await callRoute({
        handler: collectNow,
        method: "POST",
        params: { id: ids.get("draining-site")! },
        token: tokens.admin,
      })
    ).json as CollectionRequestView;
    await waitFor(
      async () =>
        (await getDb().collectionRun.findUniqueOrThrow({ where: { id: requested.runId } })).status === "running",
      { timeoutMs: 30_000, describe: () => "the run never started" },
    );

    const worker = pool.workers[0]!;
    await pool.stop("worker-1");
    expect(worker.child.exitCode).toBe(0);
    expect(worker.output()).toContain('"msg":"worker draining"');
    const run = await getDb().collectionRun.findUniqueOrThrow({ where: { id: requested.runId } });
    expect(run.status).toBe("succeeded");
    expect(run.attempt).toBe(1);
  }, 120_000);

  it("never runs more collections at once than LOTSE_COLLECT_FLEET_CONCURRENCY, across all workers", async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    // Five slow sites (0.3 s per Kubernetes request: a few seconds per collection), two workers
    // that could each run eight at once: only the fleet-wide limit of 2 holds them back.
    fleet = await startHealthyTalosVariants(
      [1, 2, 3, 4, 5].map((n) => ({ name: `slow-site-${n}`, faults: { kube: { latencyMs: 300 } } })),
    );
    const pool = await startWorkers({
      count: 2,
      env: { LOTSE_COLLECT_FLEET_CONCURRENCY: "2", LOTSE_WORKER_CONCURRENCY: "8" },
    });
    pools.push(pool);
    await registerSimFleet({ fleet, adminToken: tokens.admin });
    const started = await callRoute({ handler: collectAll, method: "POST", token: tokens.engineer });
    expect(started.status).toBe(202);

    let mostRunning = 0;
    const runs = await waitFor(
      async () => {
        const all = await getDb().collectionRun.findMany();
        mostRunning = Math.max(mostRunning, all.filter((run) => run.status === "running").length);
        return all.length === 5 && all.every((run) => FINAL.includes(run.status as (typeof FINAL)[number])) && all;
      },
      {
        timeoutMs: 45_000,
        intervalMs: 100,
        describe: async () => JSON.stringify(await getDb().collectionRun.findMany({ select: { status: true } })),
      },
    );
    expect(mostRunning).toBeLessThanOrEqual(2);
    // From the recorded start and finish times (no gaps between polls): never more than 2, and the limit was used.
    expect(mostAtOnce(runs)).toBe(2);
    expect(runs.map((run) => [run.status, run.attempt])).toEqual(runs.map(() => ["succeeded", 1]));
  }, 90_000);
});
