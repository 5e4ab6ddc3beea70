import pg from "pg";

/**
 * Bytes Lotse's tables take (pg_total_relation_size: heap, TOAST and indexes) in the `public`
 * schema, summed; the job queue's own schema is left out (pg-boss prunes it by itself). Read with
 * a plain pg client: a measurement of the database, not a query of the app.
 */
export async function measureDatabaseSize({ connectionString }: { connectionString: string }): Promise<{
  bytes: number;
  tables: { name: string; bytes: number }[];
}> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; bytes: string }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'm')
        ORDER BY pg_total_relation_size(c.oid) DESC`,
    );
    const tables = rows.map((row) => ({ name: row.name, bytes: Number(row.bytes) }));
    return { bytes: tables.reduce((sum, table) => sum + table.bytes, 0), tables };
  } finally {
    await client.end();
  }
}
