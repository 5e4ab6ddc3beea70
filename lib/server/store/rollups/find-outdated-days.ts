import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";

/** Where a walk over the rollup days stopped: the last day visited (keyset order of findOutdatedDays). */
export interface DayCursor {
  clusterId: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
}

/** One cluster's rollup day to re-score, and the result it holds (its latest row). */
export interface OutdatedDay extends DayCursor {
  /** The latest `asOf` of the day's rows: the instant the day's result was in force. */
  asOf: Date;
  isStale: boolean;
}

/**
 * Rollup days of which some row (of the given frameworks) was scored under another catalog
 * version, per cluster from the newest day back, strictly after `after` in that order. Rows of
 * frameworks the catalog no longer has are not looked at (trends never read them).
 */
export function findOutdatedDays({
  catalogVersion,
  frameworkIds,
  after,
  limit,
}: {
  catalogVersion: string;
  frameworkIds: readonly string[];
  after: DayCursor | null;
  limit: number;
}): Promise<OutdatedDay[]> {
  const keyset = after
    ? Prisma.sql`AND ("clusterId" > ${after.clusterId} OR ("clusterId" = ${after.clusterId} AND day < ${after.day}::date))`
    : Prisma.empty;
  return getDb().$queryRaw<OutdatedDay[]>`
    SELECT "clusterId", day::text AS day, max("asOf") AS "asOf",
           (array_agg("isStale" ORDER BY "asOf" DESC))[1] AS "isStale"
      FROM cluster_framework_days
     WHERE "frameworkId" = ANY(${[...frameworkIds]}::text[]) ${keyset}
     GROUP BY "clusterId", day
    HAVING bool_or("catalogVersion" <> ${catalogVersion})
     ORDER BY "clusterId", day DESC
     LIMIT ${limit}`;
}
