import { PgBoss } from "pg-boss";
import type { Env } from "@/lib/server/config/read-env";
import { logger } from "@/lib/server/log/logger";

/** One job per collection run; its data is only `{ runId }` (never credentials). */
export const COLLECT_QUEUE = "cluster.collect";
/** Every collection job is in this group, so `groupConcurrency` bounds them across all workers. */
export const FLEET_GROUP = "fleet";

export interface CollectJobData {
  runId: string;
}

function describeQueueError(error: unknown): { message: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { message: error.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return { message: String(error) };
}

/**
 * A pg-boss instance on Lotse's own database (schema `pgboss`). The web process uses it only to
 * send jobs (`supervise: false`, no cron); workers also maintain the queues.
 */
export function createJobQueue({
  connectionString,
  role,
  monitorSeconds = 20,
}: {
  connectionString: string;
  role: "worker" | "sender";
  /** Workers: how often expired jobs and missed heartbeats are detected (and the jobs retried). */
  monitorSeconds?: number;
}): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: role === "worker" ? 6 : 2,
    application_name: `lotse-${role}`,
    ...(role === "sender"
      ? { supervise: false, schedule: false }
      : { monitorIntervalSeconds: monitorSeconds, superviseIntervalSeconds: monitorSeconds }),
  });
  // Errors carry the pg client object; log only what explains them (never connection details).
  boss.on("error", (error) => logger.error({ queueError: describeQueueError(error), role }, "job queue error"));
  return boss;
}

/** Creates or updates the collection queue: retries with backoff, expiry beyond the cluster deadline, heartbeats. */
export async function ensureCollectQueue(boss: PgBoss, env: Env): Promise<void> {
  const options = {
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 120,
    expireInSeconds: env.LOTSE_COLLECT_DEADLINE_SECONDS + 120,
    heartbeatSeconds: env.LOTSE_JOB_HEARTBEAT_SECONDS,
    deleteAfterSeconds: 7 * 24 * 3600,
  };
  if (await boss.getQueue(COLLECT_QUEUE)) await boss.updateQueue(COLLECT_QUEUE, options);
  else await boss.createQueue(COLLECT_QUEUE, options);
}

const globalForQueue = globalThis as unknown as { lotseJobSender?: Promise<PgBoss> };

/** The web process' job sender, started once on first use. */
export function getJobSender(env: Env): Promise<PgBoss> {
  if (!globalForQueue.lotseJobSender) {
    const boss = createJobQueue({ connectionString: env.DATABASE_URL, role: "sender" });
    globalForQueue.lotseJobSender = boss
      .start()
      .then(() => ensureCollectQueue(boss, env))
      .then(() => boss)
      .catch((error: unknown) => {
        globalForQueue.lotseJobSender = undefined;
        throw error;
      });
  }
  return globalForQueue.lotseJobSender;
}
