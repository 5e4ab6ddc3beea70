import { getDb } from "@/lib/server/store/db";

export const WORKER_STALE_AFTER_MS = 60_000;

/** Database reachability and the freshest worker heartbeat. */
export async function checkHealth(): Promise<{
  database: "ok" | "down";
  workers: number;
  lastWorkerHeartbeat: string | null;
}> {
  try {
    const db = getDb();
    await db.$queryRaw`SELECT 1`;
    const since = new Date(Date.now() - WORKER_STALE_AFTER_MS);
    const [workers, latest] = await Promise.all([
      db.workerHeartbeat.count({ where: { lastSeenAt: { gte: since } } }),
      db.workerHeartbeat.findFirst({ orderBy: { lastSeenAt: "desc" } }),
    ]);
    return { database: "ok", workers, lastWorkerHeartbeat: latest?.lastSeenAt.toISOString() ?? null };
  } catch {
    return { database: "down", workers: 0, lastWorkerHeartbeat: null };
  }
}
