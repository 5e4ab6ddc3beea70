import type { PgBoss } from "pg-boss";

/** Deletes history older than LOTSE_RETENTION_DAYS (see pruneHistory). */
export const PRUNE_QUEUE = "history.prune";
/** Carries STALE clusters into today's rollups (see markStaleClusters). */
export const MARK_STALE_QUEUE = "rollups.mark-stale";

/** Hourly, off the hour when collections start: each pass removes about an hour's worth of expired history. */
export const PRUNE_CRON = "37 * * * *";
/** STALE is judged against hourly-or-slower schedules, so every ten minutes is prompt enough. */
export const MARK_STALE_CRON = "*/10 * * * *";

/**
 * Creates the maintenance queues and their cron schedules (idempotent; every worker calls it at
 * start). pg-boss sends one job per cron slot however many workers run, and `stately` keeps at
 * most one queued and one active job per queue, so a slow prune never piles up behind itself.
 */
export async function ensureMaintenanceJobs(
  boss: Pick<PgBoss, "getQueue" | "createQueue" | "schedule">,
): Promise<void> {
  const options = {
    policy: "stately",
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 3600,
    deleteAfterSeconds: 7 * 24 * 3600,
  };
  for (const name of [PRUNE_QUEUE, MARK_STALE_QUEUE]) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
  }
  await boss.schedule(PRUNE_QUEUE, PRUNE_CRON, null, { tz: "UTC" });
  await boss.schedule(MARK_STALE_QUEUE, MARK_STALE_CRON, null, { tz: "UTC" });
}
