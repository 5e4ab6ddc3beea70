import { getDb } from "@/lib/server/store/db";

export interface PrunedCounts {
  findingStates: number;
  evaluations: number;
  runs: number;
  rollups: number;
  snapshots: number;
}

const DEFAULT_BATCH_SIZE = 2_000;
/** Snapshots carry their compressed content; fewer per statement keeps each delete short. */
const SNAPSHOT_BATCH_SIZE = 200;

/** Repeats one bounded DELETE until it deletes less than a batch; returns the total deleted. */
async function deleteInBatches(batchSize: number, deleteBatch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

/**
 * Deletes one cluster's history older than `cutoff`, in short bounded statements (each its own
 * transaction, so collection and evaluation never wait on a long prune):
 * - finding states that closed before the cutoff (open states and states still in force at the
 *   cutoff stay);
 * - evaluations before the cutoff except the one in force at the cutoff (which is the cluster's
 *   latest when no newer one exists), so history from the cutoff on stays complete;
 * - finished runs queued before the cutoff except the cluster's latest run and its last run that
 *   read the cluster before the cutoff (evidence packs derive STALE ranges from success times);
 * - rollup days before the cutoff except each framework's last one before it (in force at the cutoff);
 * - snapshots stored before the cutoff that no kept run, evaluation or finding state references.
 * Evidence packs are not touched: auditors rely on them.
 */
export async function pruneClusterHistory({
  clusterId,
  cutoff,
  batchSize = DEFAULT_BATCH_SIZE,
}: {
  clusterId: string;
  cutoff: Date;
  batchSize?: number;
}): Promise<PrunedCounts> {
  const db = getDb();
  // Note: instants go in as ISO text read as UTC, whatever the session's time zone.
  const cut = cutoff.toISOString();
  const cutDay = cut.slice(0, 10);

  const findingStates = await deleteInBatches(
    batchSize,
    (limit) => db.$executeRaw`
      DELETE FROM finding_states WHERE id IN (
        SELECT id FROM finding_states
         WHERE "clusterId" = ${clusterId} AND until < ${cut}::timestamptz AT TIME ZONE 'UTC'
         LIMIT ${limit})`,
  );
  const evaluations = await deleteInBatches(
    batchSize,
    (limit) => db.$executeRaw`
      DELETE FROM evaluations WHERE id IN (
        SELECT id FROM evaluations
         WHERE "clusterId" = ${clusterId} AND "evaluatedAt" < ${cut}::timestamptz AT TIME ZONE 'UTC'
           AND id <> (SELECT id FROM evaluations
                       WHERE "clusterId" = ${clusterId} AND "evaluatedAt" < ${cut}::timestamptz AT TIME ZONE 'UTC'
                       ORDER BY "evaluatedAt" DESC, id LIMIT 1)
         LIMIT ${limit})`,
  );
  const runs = await deleteInBatches(
    batchSize,
    (limit) => db.$executeRaw`
      DELETE FROM collection_runs WHERE id IN (
        SELECT id FROM collection_runs
         WHERE "clusterId" = ${clusterId} AND "queuedAt" < ${cut}::timestamptz AT TIME ZONE 'UTC'
           AND status IN ('succeeded', 'partial', 'failed')
           AND id <> (SELECT id FROM collection_runs WHERE "clusterId" = ${clusterId}
                       ORDER BY "queuedAt" DESC, id LIMIT 1)
           AND id <> COALESCE((SELECT id FROM collection_runs
                                WHERE "clusterId" = ${clusterId} AND status IN ('succeeded', 'partial')
                                  AND "finishedAt" < ${cut}::timestamptz AT TIME ZONE 'UTC'
                                ORDER BY "finishedAt" DESC, id LIMIT 1), '')
         LIMIT ${limit})`,
  );
  const rollups = await deleteInBatches(
    batchSize,
    (limit) => db.$executeRaw`
      DELETE FROM cluster_framework_days d
       USING (SELECT old."frameworkId", old.day FROM cluster_framework_days old
               WHERE old."clusterId" = ${clusterId} AND old.day < ${cutDay}::date
                 AND EXISTS (SELECT 1 FROM cluster_framework_days later
                              WHERE later."clusterId" = old."clusterId" AND later."frameworkId" = old."frameworkId"
                                AND later.day > old.day AND later.day <= ${cutDay}::date)
               LIMIT ${limit}) AS doomed
       WHERE d."clusterId" = ${clusterId} AND d."frameworkId" = doomed."frameworkId" AND d.day = doomed.day`,
  );
  const snapshots = await deleteInBatches(
    Math.min(batchSize, SNAPSHOT_BATCH_SIZE),
    (limit) => db.$executeRaw`
      DELETE FROM snapshots WHERE hash IN (
        SELECT s.hash FROM snapshots s
         WHERE s."clusterId" = ${clusterId} AND s."createdAt" < ${cut}::timestamptz AT TIME ZONE 'UTC'
           AND NOT EXISTS (SELECT 1 FROM collection_runs r WHERE r."snapshotHash" = s.hash)
           AND NOT EXISTS (SELECT 1 FROM evaluations e
                            WHERE e."clusterId" = s."clusterId" AND e."snapshotHash" = s.hash)
           AND NOT EXISTS (SELECT 1 FROM finding_states f
                            WHERE f."clusterId" = s."clusterId" AND f."snapshotHash" = s.hash)
         LIMIT ${limit})`,
  );
  return { findingStates, evaluations, runs, rollups, snapshots };
}
