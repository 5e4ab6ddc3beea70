import { getDb } from "@/lib/server/store/db";

/**
 * Collection errors by kind (`errorSummary.byKind`) summed over runs that finished at or after
 * `since`. Entries that are not numbers are ignored rather than failing the whole sum.
 */
export async function sumRecentCollectionErrors({ since }: { since: Date }): Promise<Record<string, number>> {
  // Note: jsonb_each gets '{}' for a missing or malformed byKind, so one odd row cannot fail the query.
  const rows = await getDb().$queryRaw<{ kind: string; count: number }[]>`
    SELECT entry.key AS kind, sum((entry.value)::numeric)::float8 AS count
      FROM collection_runs run
     CROSS JOIN LATERAL jsonb_each(
             CASE WHEN jsonb_typeof(run."errorSummary" -> 'byKind') = 'object'
                  THEN run."errorSummary" -> 'byKind' ELSE '{}'::jsonb END) AS entry
     WHERE run."finishedAt" >= ${since} AND jsonb_typeof(entry.value) = 'number'
     GROUP BY entry.key`;
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}
