import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";

export interface RunDurationSummary {
  /** Cumulative: `buckets[i]` runs took at most `boundsMs[i]`. */
  buckets: number[];
  count: number;
  sumMs: number;
}

/**
 * Durations of every finished run that has one (runs failed by the machinery before a worker
 * measured them have none), counted into cumulative histogram buckets in one pass over the table.
 */
export async function summarizeRunDurations({
  boundsMs,
}: {
  boundsMs: readonly number[];
}): Promise<RunDurationSummary> {
  // One FILTER aggregate per bound: a single scan yields every cumulative bucket at once.
  const bucketCounts = boundsMs.length
    ? Prisma.sql`ARRAY[${Prisma.join(
        boundsMs.map((boundMs) => Prisma.sql`count(*) FILTER (WHERE "durationMs" <= ${Math.floor(boundMs)}::int)::int`),
      )}]`
    : Prisma.sql`ARRAY[]::int[]`;
  const rows = await getDb().$queryRaw<{ buckets: number[]; count: number; sumMs: number }[]>`
    SELECT ${bucketCounts} AS buckets,
           count(*)::int AS count,
           coalesce(sum("durationMs"), 0)::float8 AS "sumMs"
      FROM collection_runs
     WHERE status IN ('succeeded', 'partial', 'failed') AND "durationMs" IS NOT NULL`;
  const row = rows[0];
  return { buckets: row?.buckets ?? boundsMs.map(() => 0), count: row?.count ?? 0, sumMs: row?.sumMs ?? 0 };
}
