import { getDb } from "@/lib/server/store/db";
import type { RunRow } from "./run-row";

export function findRun({ id }: { id: string }): Promise<RunRow | null> {
  return getDb().collectionRun.findUnique({ where: { id } });
}

/** Newest first; `before` is the id of the last run of the previous page. */
export async function findClusterRuns({
  clusterId,
  limit,
  before,
}: {
  clusterId: string;
  limit: number;
  before?: string;
}): Promise<RunRow[]> {
  return getDb().collectionRun.findMany({
    where: { clusterId },
    orderBy: [{ queuedAt: "desc" }, { id: "desc" }],
    take: limit,
    ...(before ? { cursor: { id: before }, skip: 1 } : {}),
  });
}

/** Runs not yet final, oldest first: for the scheduler's recovery pass. */
export function findActiveRuns(): Promise<RunRow[]> {
  return getDb().collectionRun.findMany({
    where: { status: { in: ["queued", "running"] } },
    orderBy: { queuedAt: "asc" },
  });
}

/** The most recent run of each cluster (any status), for cluster lists and the scheduler. */
export async function findLatestRunPerCluster(): Promise<RunRow[]> {
  return getDb().$queryRaw<RunRow[]>`
    SELECT DISTINCT ON ("clusterId") * FROM collection_runs ORDER BY "clusterId", "queuedAt" DESC`;
}
