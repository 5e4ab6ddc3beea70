// The background worker process: `npm run worker` (started by `npm start` beside the web server).
// Runs collections from the job queue (pg-boss on the same PostgreSQL), schedules due ones,
// recovers lost ones, and reports liveness for /api/health. Several workers may share a database.
import { randomUUID } from "node:crypto";
import { readEnv } from "@/lib/server/config/read-env";
import { logger } from "@/lib/server/log/logger";
import { disconnectDb } from "@/lib/server/store/db";
import { beatWorkerHeartbeat, removeWorkerHeartbeat } from "@/lib/server/store/health/beat-worker-heartbeat";
import { ensureBootstrapAdmin } from "@/lib/server/users/ensure-bootstrap-admin";
import { COLLECT_QUEUE, createJobQueue, ensureCollectQueue, type CollectJobData } from "./job-queue";
import { runCollectionJob } from "./run-collection-job";
import { runSchedulerTick } from "./scheduler-tick";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { reevaluateForCatalog } from "@/lib/server/evaluations/reevaluate";
import { ensureMaintenanceJobs, MARK_STALE_QUEUE, PRUNE_QUEUE } from "./maintenance-jobs";
import { markStaleClusters } from "./mark-stale-clusters";
import { pruneHistory } from "./prune-history";
import { startRescoreJobs } from "./rescore-history-job";

const HEARTBEAT_MS = 15_000;
/** How long SIGTERM waits for running collections before cancelling them (they end as partial). */
const DRAIN_MS = 20_000;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  const env = readEnv();
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const log = logger.child({ workerId });

  const bootstrap = await ensureBootstrapAdmin({
    email: process.env.LOTSE_ADMIN_EMAIL,
    password: process.env.LOTSE_ADMIN_PASSWORD,
  });
  if (bootstrap.created) {
    log.warn(
      { email: bootstrap.email },
      bootstrap.generatedPassword
        ? "created the first admin; its generated password is printed on stdout once"
        : "created the first admin",
    );
    if (bootstrap.generatedPassword) console.log(`First admin: ${bootstrap.email} / ${bootstrap.generatedPassword}`);
  }

  // The catalog is validated before any work; a new catalog version re-scores stored snapshots.
  const catalog = getEvaluationCatalog();
  await reevaluateForCatalog({ catalog, log });

  const boss = createJobQueue({
    connectionString: env.DATABASE_URL,
    role: "worker",
    monitorSeconds: env.LOTSE_JOB_MONITOR_SECONDS,
  });
  await boss.start();
  await ensureCollectQueue(boss, env);
  await beatWorkerHeartbeat({ workerId });
  const heartbeat = setInterval(() => {
    beatWorkerHeartbeat({ workerId }).catch((error) => log.error({ reason: reasonOf(error) }, "heartbeat failed"));
  }, HEARTBEAT_MS);

  await boss.work<CollectJobData>(
    COLLECT_QUEUE,
    {
      batchSize: 1,
      localConcurrency: env.LOTSE_WORKER_CONCURRENCY,
      groupConcurrency: env.LOTSE_COLLECT_FLEET_CONCURRENCY,
      pollingIntervalSeconds: 1,
    },
    async ([job]) => {
      if (!job) return;
      const runId = typeof job.data?.runId === "string" ? job.data.runId : null;
      if (!runId) {
        log.error({ jobId: job.id }, "collection job without a run id; dropped");
        return;
      }
      return runCollectionJob({ runId, workerId, env, signal: job.signal, log });
    },
  );

  // Maintenance runs one job at a time per queue, beside collections, in small batches (never blocking them).
  await ensureMaintenanceJobs(boss);
  await boss.work(PRUNE_QUEUE, { batchSize: 1, localConcurrency: 1, pollingIntervalSeconds: 30 }, async ([job]) => {
    await pruneHistory({ retentionDays: env.LOTSE_RETENTION_DAYS, signal: job?.signal, log });
  });
  await boss.work(MARK_STALE_QUEUE, { batchSize: 1, localConcurrency: 1, pollingIntervalSeconds: 30 }, async () => {
    const stale = await markStaleClusters();
    if (stale > 0) log.info({ clusters: stale }, "stale clusters carried into today's rollups");
  });
  // Past days' rollups follow the catalog version too (the latest snapshots were re-evaluated above).
  await startRescoreJobs({ boss, catalog: catalog.catalog, log });

  let isTicking = false;
  const tick = async () => {
    if (isTicking) return;
    isTicking = true;
    try {
      const result = await runSchedulerTick({ boss, log });
      if (result.scheduled + result.requeued + result.failedLost > 0) log.info(result, "scheduler pass");
    } catch (error) {
      log.error({ reason: reasonOf(error) }, "scheduler pass failed");
    } finally {
      isTicking = false;
    }
  };
  const scheduler = setInterval(() => void tick(), env.LOTSE_SCHEDULER_TICK_SECONDS * 1000);
  void tick();
  log.info(
    { concurrency: env.LOTSE_WORKER_CONCURRENCY, fleetConcurrency: env.LOTSE_COLLECT_FLEET_CONCURRENCY },
    "worker started",
  );

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ signal }, "worker draining");
    clearInterval(scheduler);
    clearInterval(heartbeat);
    await boss
      .stop({ graceful: true, timeout: DRAIN_MS })
      .catch((error) => log.error({ reason: reasonOf(error) }, "queue stop failed"));
    await removeWorkerHeartbeat({ workerId }).catch(() => {});
    await disconnectDb();
    log.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  logger.fatal({ reason: reasonOf(error) }, "worker failed to start");
  process.exit(1);
});
