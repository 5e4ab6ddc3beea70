import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";
import type { Evaluation, FindingState, FindingStatus } from "@/lib/server/store/generated/client";

export type FindingStateRow = FindingState;
export type EvaluationRow = Evaluation;

/** The current state of a cluster's findings, optionally narrowed to checks and statuses. */
export function findCurrentFindings({
  clusterId,
  checkIds,
  statuses,
}: {
  clusterId: string;
  checkIds?: string[];
  statuses?: FindingStatus[];
}): Promise<FindingStateRow[]> {
  return getDb().findingState.findMany({
    where: {
      clusterId,
      until: null,
      ...(checkIds ? { checkId: { in: checkIds } } : {}),
      ...(statuses ? { status: { in: statuses } } : {}),
    },
    orderBy: [{ checkId: "asc" }, { subjectKey: "asc" }],
  });
}

/** The cluster's most recent evaluation (catalog version, summary). */
export async function findLatestEvaluation({ clusterId }: { clusterId: string }) {
  return getDb().evaluation.findFirst({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
}

/** Clusters whose latest evaluation used another catalog version (or that were never evaluated but have a snapshot). */
export async function findClustersNeedingEvaluation({ catalogVersion }: { catalogVersion: string }) {
  return getDb().$queryRaw<{ clusterId: string; snapshotHash: string }[]>`
    SELECT latest_run."clusterId", latest_run."snapshotHash"
      FROM (SELECT DISTINCT ON ("clusterId") "clusterId", "snapshotHash"
              FROM collection_runs WHERE "snapshotHash" IS NOT NULL
             ORDER BY "clusterId", "finishedAt" DESC NULLS LAST) AS latest_run
      LEFT JOIN LATERAL (SELECT "catalogVersion" FROM evaluations e
                          WHERE e."clusterId" = latest_run."clusterId"
                          ORDER BY e."evaluatedAt" DESC LIMIT 1) AS latest_eval ON true
     WHERE latest_eval."catalogVersion" IS DISTINCT FROM ${catalogVersion}`;
}

/**
 * The heatmap's evaluation query: one index probe per cluster on (clusterId, evaluatedAt), so its
 * cost follows the fleet's size, not the length of its history (a DISTINCT ON over the table
 * would read every evaluation ever kept). `at`: the latest at or before that instant.
 */
export function latestEvaluationPerClusterSql({ at = null }: { at?: Date | null } = {}): Prisma.Sql {
  const until = at ? Prisma.sql`AND e."evaluatedAt" <= ${at}` : Prisma.empty;
  return Prisma.sql`
    SELECT latest.* FROM clusters c
     CROSS JOIN LATERAL (SELECT e.* FROM evaluations e
                          WHERE e."clusterId" = c.id ${until}
                          ORDER BY e."evaluatedAt" DESC
                          LIMIT 1) AS latest`;
}

/** The most recent evaluation of every cluster that has one (one query). */
export function findLatestEvaluationPerCluster(): Promise<EvaluationRow[]> {
  return getDb().$queryRaw<EvaluationRow[]>(latestEvaluationPerClusterSql());
}

/** Current status of every finding of the given checks, fleet-wide (no evidence, for overviews). */
export function findCurrentStatuses({
  checkIds,
}: {
  checkIds: string[];
}): Promise<{ clusterId: string; checkId: string; status: FindingStatus }[]> {
  return getDb().findingState.findMany({
    where: { until: null, checkId: { in: checkIds } },
    select: { clusterId: true, checkId: true, status: true },
  });
}

/** Each cluster's latest evaluation at or before `at` (one query), for "change since". */
export function findEvaluationPerClusterAsOf({ at }: { at: Date }): Promise<EvaluationRow[]> {
  return getDb().$queryRaw<EvaluationRow[]>(latestEvaluationPerClusterSql({ at }));
}
