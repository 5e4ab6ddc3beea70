import type { PgBoss } from "pg-boss";
import type { QueueDepth } from "./metrics-snapshot";

/**
 * Queued and active jobs of one queue as pg-boss last counted them (its monitor refreshes the
 * counts every few seconds). A queue that does not exist yet has no jobs.
 */
export async function readQueueDepth({
  boss,
  queue,
}: {
  boss: Pick<PgBoss, "getQueue">;
  queue: string;
}): Promise<QueueDepth> {
  const result = await boss.getQueue(queue);
  return { queued: result?.queuedCount ?? 0, active: result?.activeCount ?? 0 };
}
