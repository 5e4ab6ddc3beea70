import type { Prisma } from "@/lib/server/store/db";
import { rollupDayOf, type FrameworkDayResult } from "./framework-day";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Writes the day's rollup rows of one cluster (the day of `asOf`, UTC) inside the caller's
 * transaction. A row is only replaced by a result at least as recent (`asOf`), so replaying older
 * history into a day never overwrites a later evaluation, and only when something it holds
 * changes, so an unchanged hourly rerun costs no row version. Returns the rows written.
 */
export function upsertFrameworkDays(
  tx: Tx,
  {
    clusterId,
    asOf,
    catalogVersion,
    isStale,
    frameworks,
  }: {
    clusterId: string;
    asOf: Date;
    catalogVersion: string;
    isStale: boolean;
    frameworks: readonly FrameworkDayResult[];
  },
): Promise<number> {
  if (frameworks.length === 0) return Promise.resolve(0);
  // Note: the instant is passed as ISO text and read as UTC, whatever the session's time zone; the
  // rows go in as one JSON document, which keeps every score's double exact (array parameters did not).
  const asOfUtc = asOf.toISOString();
  return tx.$executeRaw`
    INSERT INTO cluster_framework_days AS current
           ("clusterId", "frameworkId", day, score, pass, fail, unknown, warn, waived, "notApplicable",
            unassessed, "isStale", "catalogVersion", "asOf", "updatedAt")
    SELECT ${clusterId}, f."frameworkId", ${rollupDayOf(asOf)}::date, f.score, f.pass, f.fail, f.unknown, f.warn,
           f.waived, f."notApplicable", f.unassessed, ${isStale}, ${catalogVersion},
           ${asOfUtc}::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(frameworks)}::jsonb)
           AS f("frameworkId" text, score float8, pass int, fail int, unknown int, warn int, waived int,
                "notApplicable" int, unassessed int)
    ON CONFLICT ("clusterId", "frameworkId", day) DO UPDATE
       SET score = excluded.score, pass = excluded.pass, fail = excluded.fail, unknown = excluded.unknown,
           warn = excluded.warn, waived = excluded.waived, "notApplicable" = excluded."notApplicable",
           unassessed = excluded.unassessed, "isStale" = excluded."isStale",
           "catalogVersion" = excluded."catalogVersion", "asOf" = excluded."asOf", "updatedAt" = excluded."updatedAt"
     WHERE excluded."asOf" >= current."asOf"
       AND (current.score, current.pass, current.fail, current.unknown, current.warn, current.waived,
            current."notApplicable", current.unassessed, current."isStale", current."catalogVersion")
           IS DISTINCT FROM
           (excluded.score, excluded.pass, excluded.fail, excluded.unknown, excluded.warn, excluded.waived,
            excluded."notApplicable", excluded.unassessed, excluded."isStale", excluded."catalogVersion")`;
}
