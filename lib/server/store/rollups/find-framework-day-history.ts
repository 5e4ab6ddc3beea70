import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";
import type { EvaluationHistoryRow } from "@/lib/server/store/evaluations/find-evaluation-history";

interface DayRow {
  clusterId: string;
  frameworkId: string;
  day: string;
  score: number | null;
  pass: number;
  fail: number;
  unknown: number;
  warn: number;
  waived: number;
  notApplicable: number;
  unassessed: number;
  catalogVersion: string;
  asOf: Date;
  isBefore: boolean;
}

/**
 * What trends need, from the daily rollups instead of the evaluations: per cluster and UTC day in
 * [fromDay, toDay] the result in force at the end of that day, plus each cluster's latest result
 * before `fromDay` (its state on the first day), shaped like the evaluation history the trends
 * adapter reads (`frameworks` holds each framework's score and counts). Both parts run on the
 * rollups' primary key (cluster, framework, day).
 */
export async function findFrameworkDayHistory({
  clusterIds,
  frameworkIds,
  fromDay,
  toDay,
}: {
  clusterIds: readonly string[];
  frameworkIds: readonly string[];
  /** YYYY-MM-DD (UTC), both included. */
  fromDay: string;
  toDay: string;
}): Promise<EvaluationHistoryRow[]> {
  if (clusterIds.length === 0 || frameworkIds.length === 0) return [];
  const rows = await getDb().$queryRaw<DayRow[]>(frameworkDayHistorySql({ clusterIds, frameworkIds, fromDay, toDay }));
  return groupByClusterDay(rows);
}

/** The trends query (see findFrameworkDayHistory); exported so its plan can be checked. */
export function frameworkDayHistorySql({
  clusterIds,
  frameworkIds,
  fromDay,
  toDay,
}: {
  clusterIds: readonly string[];
  frameworkIds: readonly string[];
  fromDay: string;
  toDay: string;
}): Prisma.Sql {
  const ids = [...clusterIds];
  const frameworks = [...frameworkIds];
  return Prisma.sql`
    SELECT d."clusterId", d."frameworkId", d.day::text AS day, d.score, d.pass, d.fail, d.unknown, d.warn,
           d.waived, d."notApplicable", d.unassessed, d."catalogVersion", d."asOf", false AS "isBefore"
      FROM cluster_framework_days d
     WHERE d."clusterId" = ANY(${ids}::text[]) AND d."frameworkId" = ANY(${frameworks}::text[])
       AND d.day >= ${fromDay}::date AND d.day <= ${toDay}::date
    UNION ALL
    SELECT before."clusterId", before."frameworkId", before.day::text, before.score, before.pass, before.fail,
           before.unknown, before.warn, before.waived, before."notApplicable", before.unassessed,
           before."catalogVersion", before."asOf", true
      FROM unnest(${ids}::text[]) AS cluster(id)
     CROSS JOIN unnest(${frameworks}::text[]) AS framework(id)
     CROSS JOIN LATERAL (
            SELECT * FROM cluster_framework_days d
             WHERE d."clusterId" = cluster.id AND d."frameworkId" = framework.id AND d.day < ${fromDay}::date
             ORDER BY d.day DESC
             LIMIT 1) AS before`;
}

/** One history row per cluster and day (the rows before the range merge into one per cluster). */
function groupByClusterDay(rows: readonly DayRow[]): EvaluationHistoryRow[] {
  const groups = new Map<string, EvaluationHistoryRow & { frameworks: Record<string, unknown> }>();
  for (const row of rows) {
    const key = `${row.clusterId}\u0000${row.isBefore ? "before" : row.day}`;
    let group = groups.get(key);
    if (!group) {
      group = { clusterId: row.clusterId, evaluatedAt: row.asOf, catalogVersion: row.catalogVersion, frameworks: {} };
      groups.set(key, group);
    }
    if (row.asOf > group.evaluatedAt) {
      group.evaluatedAt = row.asOf;
      group.catalogVersion = row.catalogVersion;
    }
    const { score, pass, fail, unknown, warn, waived, notApplicable, unassessed } = row;
    group.frameworks[row.frameworkId] = { score, pass, fail, unknown, warn, waived, notApplicable, unassessed };
  }
  return [...groups.values()];
}
