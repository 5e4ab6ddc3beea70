import { getDb } from "@/lib/server/store/db";

/** Workers whose heartbeat was seen at or after `since`. */
export function countLiveWorkers({ since }: { since: Date }): Promise<number> {
  return getDb().workerHeartbeat.count({ where: { lastSeenAt: { gte: since } } });
}
