import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Client } from "pg";
import { listAppliedMigrations, listTablesInDependencyOrder, quoteIdentifier } from "./list-tables";
import type { DumpedTable } from "./dump-tables";

const BATCH_ROWS = 500;

/** Why a restore was refused before anything was written. */
export class RestoreRefusedError extends Error {}

/**
 * Loads dumped tables into an empty database migrated to the same schema, in one transaction
 * (all or nothing). Values go through `jsonb_populate_recordset`, so PostgreSQL itself turns each
 * JSON value back into its column type (bytea, timestamps, enums, arrays); sequences are moved past
 * the restored ids afterwards.
 */
export async function restoreTables({
  databaseUrl,
  inDir,
  tables,
  migrations,
}: {
  databaseUrl: string;
  inDir: string;
  tables: DumpedTable[];
  migrations: string[];
}): Promise<{ rows: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = await listAppliedMigrations(client);
    if (applied.join("\n") !== migrations.join("\n")) {
      throw new RestoreRefusedError(
        `the database schema differs from the backup's: the backup was taken at migration ${migrations.at(-1) ?? "(none)"}, ` +
          `this database is at ${applied.at(-1) ?? "(none)"}. Migrate an empty database to the backup's version first.`,
      );
    }
    const present = await listTablesInDependencyOrder(client);
    const unknown = tables.filter((table) => !present.includes(table.name)).map((table) => table.name);
    if (unknown.length > 0) throw new RestoreRefusedError(`tables missing in this database: ${unknown.join(", ")}`);
    for (const name of present) {
      const count = await client.query(`SELECT 1 FROM ${quoteIdentifier(name)} LIMIT 1`);
      if (count.rowCount)
        throw new RestoreRefusedError(`the database is not empty (table ${name} has rows); restore into an empty one`);
    }
    const byName = new Map(tables.map((table) => [table.name, table]));
    let rows = 0;
    await client.query("BEGIN");
    try {
      for (const name of present) {
        const table = byName.get(name);
        if (table) rows += await restoreTable({ client, table, inDir });
      }
      await resetSequences(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return { rows };
  } finally {
    await client.end();
  }
}

async function restoreTable({ client, table, inDir }: { client: Client; table: DumpedTable; inDir: string }) {
  const lines = createInterface({ input: createReadStream(path.join(inDir, table.file), "utf8"), crlfDelay: Infinity });
  const insert = `INSERT INTO ${quoteIdentifier(table.name)} SELECT * FROM jsonb_populate_recordset(NULL::${quoteIdentifier(table.name)}, $1::jsonb)`;
  let batch: string[] = [];
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [`[${batch.join(",")}]`]);
    rows += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    if (line.trim() === "") continue;
    batch.push(line);
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  if (rows !== table.rows) throw new Error(`${table.file}: ${rows} rows read, the manifest says ${table.rows}`);
  return rows;
}

/** Every serial column's sequence continues after the largest restored value. */
async function resetSequences(client: Client): Promise<void> {
  const serials = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name::text, column_name::text FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
  );
  for (const { table_name: table, column_name: column } of serials.rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${quoteIdentifier(table)}), 0) + 1, false)`,
      [quoteIdentifier(table), column],
    );
  }
}
