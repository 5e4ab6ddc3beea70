import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { Client } from "pg";
import { listAppliedMigrations, listTablesInDependencyOrder, quoteIdentifier } from "./list-tables";

const BATCH_ROWS = 500;

export interface DumpedTable {
  name: string;
  /** Relative to the backup directory: `tables/<name>.ndjson`. */
  file: string;
  rows: number;
  sha256: string;
}

/**
 * Writes every application table as NDJSON (one `to_jsonb` row per line), read inside one
 * REPEATABLE READ, READ ONLY transaction so all tables come from the same instant while Lotse keeps
 * running. Rows are fetched through a cursor in batches, so memory stays flat however large the
 * history is.
 */
export async function dumpTables({
  databaseUrl,
  outDir,
}: {
  databaseUrl: string;
  outDir: string;
}): Promise<{ tables: DumpedTable[]; migrations: string[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await listAppliedMigrations(client);
    const tables: DumpedTable[] = [];
    for (const name of await listTablesInDependencyOrder(client)) {
      tables.push(await dumpTable({ client, name, outDir }));
    }
    await client.query("COMMIT");
    return { tables, migrations };
  } finally {
    await client.end();
  }
}

async function dumpTable({ client, name, outDir }: { client: Client; name: string; outDir: string }) {
  const file = path.posix.join("tables", `${name}.ndjson`);
  const out = createWriteStream(path.join(outDir, file), { mode: 0o600 });
  const hash = createHash("sha256");
  let rows = 0;
  const cursor = `dump_${name.replace(/\W/g, "_")}`;
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS row FROM ${quoteIdentifier(name)} t`,
  );
  for (;;) {
    const batch = await client.query<{ row: unknown }>(`FETCH ${BATCH_ROWS} FROM ${cursor}`);
    if (batch.rows.length === 0) break;
    const text = batch.rows.map((item) => `${JSON.stringify(item.row)}\n`).join("");
    hash.update(text);
    rows += batch.rows.length;
    if (!out.write(text)) await once(out, "drain");
  }
  await client.query(`CLOSE ${cursor}`);
  out.end();
  await once(out, "finish");
  return { name, file, rows, sha256: hash.digest("hex") };
}
