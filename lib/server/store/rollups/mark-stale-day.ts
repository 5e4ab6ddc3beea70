import { getDb } from "@/lib/server/store/db";
import { rollupDayOf } from "./framework-day";

/**
 * Marks a STALE cluster on the day of `now` (UTC): each framework's latest result is carried into
 * that day's row with `isStale` set, so trends and reports see the day as stale without a run.
 * A cluster never evaluated has nothing to carry and gets no row. Under the cluster's evaluation
 * lock, so it cannot interleave with an evaluation writing the same day. Returns the rows written.
 */
export async function markStaleDay({ clusterId, now }: { clusterId: string; now: Date }): Promise<number> {
  const day = rollupDayOf(now);
  const asOf = now.toISOString();
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lotse:evaluate:${clusterId}`}))`;
    return tx.$executeRaw`
      INSERT INTO cluster_framework_days AS current
             ("clusterId", "frameworkId", day, score, pass, fail, unknown, warn, waived, "notApplicable",
              unassessed, "isStale", "catalogVersion", "asOf", "updatedAt")
      SELECT latest."clusterId", latest."frameworkId", ${day}::date, latest.score, latest.pass, latest.fail,
             latest.unknown, latest.warn, latest.waived, latest."notApplicable", latest.unassessed, true,
             latest."catalogVersion", ${asOf}::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
        FROM (SELECT DISTINCT ON ("frameworkId") * FROM cluster_framework_days
               WHERE "clusterId" = ${clusterId} AND day <= ${day}::date
               ORDER BY "frameworkId", day DESC) AS latest
      ON CONFLICT ("clusterId", "frameworkId", day) DO UPDATE
         SET "isStale" = true, "asOf" = excluded."asOf", "updatedAt" = excluded."updatedAt"
       WHERE NOT current."isStale" AND excluded."asOf" >= current."asOf"`;
  });
}
