import { getDb } from "@/lib/server/store/db";

export interface EvaluationHistoryRow {
  clusterId: string;
  evaluatedAt: Date;
  catalogVersion: string;
  /** The summary's per-framework scores and counts (`summary.frameworks`). */
  frameworks: unknown;
}

/**
 * Trends now read the daily rollups (findFrameworkDayHistory); this evaluation-based reading is
 * kept as the reference the rollups are checked against (storage-model integration test).
 *
 * What trends need from the clusters' evaluations in [from, until): the last evaluation of each
 * cluster on each UTC day, plus each cluster's last one before `from` (its state on the first
 * day). Only the summary columns are read; both parts run on the (clusterId, evaluatedAt) index.
 */
export async function findEvaluationHistory({
  clusterIds,
  from,
  until,
}: {
  clusterIds: readonly string[];
  from: Date;
  until: Date;
}): Promise<EvaluationHistoryRow[]> {
  if (clusterIds.length === 0) return [];
  const ids = [...clusterIds];
  return getDb().$queryRaw<EvaluationHistoryRow[]>`
    (SELECT DISTINCT ON (e."clusterId", date_trunc('day', e."evaluatedAt"))
           e."clusterId", e."evaluatedAt", e."catalogVersion", e.summary -> 'frameworks' AS frameworks
      FROM evaluations e
     WHERE e."clusterId" = ANY(${ids}) AND e."evaluatedAt" >= ${from} AND e."evaluatedAt" < ${until}
     ORDER BY e."clusterId", date_trunc('day', e."evaluatedAt"), e."evaluatedAt" DESC)
    UNION ALL
    (SELECT before."clusterId", before."evaluatedAt", before."catalogVersion", before.frameworks
      FROM unnest(${ids}::text[]) AS cluster(id)
     CROSS JOIN LATERAL (
            SELECT e."clusterId", e."evaluatedAt", e."catalogVersion", e.summary -> 'frameworks' AS frameworks
              FROM evaluations e
             WHERE e."clusterId" = cluster.id AND e."evaluatedAt" < ${from}
             ORDER BY e."evaluatedAt" DESC
             LIMIT 1) AS before)`;
}
