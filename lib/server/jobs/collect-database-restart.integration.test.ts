import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import type { CollectionRequestView } from "@/lib/shared/run-view";
import { disconnectDb, getDb } from "@/lib/server/store/db";
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "@/lib/server/store/embedded/start-embedded-postgres";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { findFreePort } from "@/lib/server/net/find-free-port";
import { registerSimFleet, startHealthyTalosVariants } from "./testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "./testing/worker-processes";
import { waitFor } from "./testing/wait-for";

const FINAL = ["succeeded", "partial", "failed"];

// PostgreSQL goes away in the middle of a collection and comes back: the run must still end (never
// left `running`), the worker must survive and collect again, and nothing may be duplicated. This
// test runs its own PostgreSQL (the suite's shared one must not be stopped), and points this
// process and the worker at it.
describe("PostgreSQL stopped and restarted during a collection", () => {
  let root: string;
  let port: number;
  let database: EmbeddedPostgresHandle;
  let fleet: Fleet;
  let workers: WorkerPool;
  const suiteUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lotse-pg-restart-"));
    chmodSync(root, 0o755);
    port = await findFreePort();
    database = await startEmbeddedPostgres({ dataDir: root, port });
    execFileSync("npm", ["run", "--silent", "db:migrate:deploy"], {
      env: { ...process.env, DATABASE_URL: database.connectionString },
      stdio: "pipe",
    });
    await disconnectDb();
    process.env.DATABASE_URL = database.connectionString;
    fleet = await startHealthyTalosVariants([{ name: "slow-site", faults: { kube: { latencyMs: 1500 } } }]);
    workers = await startWorkers({ count: 1 });
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
    await disconnectDb();
    await database?.stop();
    process.env.DATABASE_URL = suiteUrl;
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("the interrupted run ends with its reason, the worker survives, and the next run succeeds", async () => {
    const tokens = await tokensByRole();
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin, schedule: "0 0 1 1 *" });
    const id = ids.get("slow-site")!;
    const request = async () =>
      (await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.engineer }))
        .json as CollectionRequestView;
    const runStatus = async (runId: string) =>
      (await getDb().collectionRun.findUniqueOrThrow({ where: { id: runId } })).status as string;

    // The registration's first collection may be running; wait until nothing is, then ask.
    await waitFor(
      async () => (await getDb().collectionRun.count({ where: { status: { in: ["queued", "running"] } } })) === 0,
      {
        timeoutMs: 90_000,
        describe: async () => JSON.stringify(await getDb().collectionRun.findMany()),
      },
    );
    const { runId } = await request();
    await waitFor(async () => (await runStatus(runId)) === "running", {
      timeoutMs: 30_000,
      describe: async () => `run ${runId} is ${await runStatus(runId)}`,
    });

    await disconnectDb();
    await database.stop();
    await sleep(4_000);
    database = await startEmbeddedPostgres({ dataDir: root, port });

    const final = await waitFor(
      async () => {
        const run = await getDb().collectionRun.findUniqueOrThrow({ where: { id: runId } });
        return FINAL.includes(run.status) && run;
      },
      {
        timeoutMs: 150_000,
        intervalMs: 1_000,
        describe: async () =>
          `${JSON.stringify(await getDb().collectionRun.findMany())}\n${workers.workers[0]!.output()}`,
      },
    );
    if (final.status === "failed") expect(JSON.stringify(final.errorSummary ?? {})).toMatch(/reason/);
    console.log(
      `interrupted run: ${final.status} (attempt ${final.attempt}) ${JSON.stringify(final.errorSummary ?? {})}`,
    );
    const worker = workers.workers[0]!;
    expect(worker.child.exitCode, worker.output()).toBeNull();

    // The worker collects again once the database is back; nothing was duplicated.
    const next = await request();
    const after = await waitFor(
      async () => {
        const status = await runStatus(next.runId);
        return FINAL.includes(status) && status;
      },
      { timeoutMs: 120_000, intervalMs: 1_000, describe: () => worker.output() },
    );
    expect(after).toBe("succeeded");
    expect(await getDb().collectionRun.count({ where: { status: { in: ["queued", "running"] } } })).toBe(0);
    const snapshots = await getDb().snapshot.groupBy({ by: ["hash"], _count: { _all: true } });
    expect(snapshots.every((row) => row._count._all === 1)).toBe(true);
  }, 420_000);
});
