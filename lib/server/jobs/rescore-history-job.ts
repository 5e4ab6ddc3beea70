import type { PgBoss } from "pg-boss";
import type { Logger } from "pino";
import { z } from "zod";
import type { Catalog } from "@/lib/catalog/catalog-types";
import { RESCORE_BATCH_DAYS, rescoreHistory } from "@/lib/server/evaluations/rescore-history";

/** Re-scores past days' rollups under the catalog the workers run (see rescoreHistory). */
export const RESCORE_QUEUE = "rollups.rescore";
/**
 * Besides the pass every worker starts with: hourly, so that a walk a worker abandoned (stopped,
 * or a job taken by a worker of another catalog version during an upgrade) resumes by itself.
 * A pass with nothing to do is one query.
 */
export const RESCORE_CRON = "17 * * * *";

const payloadSchema = z
  .object({
    /** The catalog the job re-scores under; a worker running another one leaves the job alone. */
    catalogVersion: z.string().min(1),
    /** Where the walk continues (null or absent: from the start). */
    after: z
      .object({ clusterId: z.string().min(1), day: z.iso.date() })
      .strict()
      .nullish(),
  })
  .strict();

export type RescoreJobData = z.infer<typeof payloadSchema>;

/**
 * One bounded pass; when it did not reach the end, it queues the next pass with its cursor, so a
 * long history is walked in a chain of short jobs (one queued at a time: the queue is `stately`).
 */
export async function runRescoreJob({
  boss,
  data,
  catalog,
  log,
  batchDays = RESCORE_BATCH_DAYS,
}: {
  boss: Pick<PgBoss, "send">;
  data: unknown;
  catalog: Catalog;
  log: Logger;
  batchDays?: number;
}): Promise<void> {
  const parsed = payloadSchema.safeParse(data);
  if (!parsed.success) {
    log.error({ reason: parsed.error.message }, "re-scoring job with an invalid payload; dropped");
    return;
  }
  if (parsed.data.catalogVersion !== catalog.version) {
    log.info(
      { jobCatalogVersion: parsed.data.catalogVersion, catalogVersion: catalog.version },
      "re-scoring job for another catalog version; dropped",
    );
    return;
  }
  const result = await rescoreHistory({ catalog, after: parsed.data.after ?? null, limit: batchDays });
  if (result.rescored + result.skipped > 0) {
    log.info({ ...result, catalogVersion: catalog.version }, "past days re-scored for the catalog version");
  }
  if (result.next) {
    await boss.send(RESCORE_QUEUE, { catalogVersion: catalog.version, after: result.next } satisfies RescoreJobData);
  }
}

/**
 * Sets up history re-scoring on a worker: the queue (idempotent), its hourly schedule carrying this
 * worker's catalog version (the last worker started wins, which is the catalog being rolled out),
 * the handler, and a first pass right away.
 */
export async function startRescoreJobs({
  boss,
  catalog,
  log,
  batchDays,
}: {
  boss: Pick<PgBoss, "getQueue" | "createQueue" | "schedule" | "work" | "send">;
  catalog: Catalog;
  log: Logger;
  batchDays?: number;
}): Promise<void> {
  if (!(await boss.getQueue(RESCORE_QUEUE))) {
    await boss.createQueue(RESCORE_QUEUE, {
      policy: "stately",
      retryLimit: 2,
      retryDelay: 60,
      expireInSeconds: 900,
      deleteAfterSeconds: 7 * 24 * 3600,
    });
  }
  const data: RescoreJobData = { catalogVersion: catalog.version };
  await boss.schedule(RESCORE_QUEUE, RESCORE_CRON, data, { tz: "UTC" });
  // Polled every 2 s: a walk is a chain of jobs, each waiting for the next poll after the previous one.
  await boss.work(RESCORE_QUEUE, { batchSize: 1, localConcurrency: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await runRescoreJob({ boss, data: job.data, catalog, log, batchDays });
  });
  await boss.send(RESCORE_QUEUE, data);
}
