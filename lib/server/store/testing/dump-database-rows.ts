import { getDb } from "@/lib/server/store/db";
import { decodeSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";

/**
 * Every row of every application table as JSON text (`row_to_json`), one haystack per table, plus
 * every stored snapshot decompressed (its bytes are zstd/gzip, so a plain dump would hide what it
 * holds) and every other `bytea` value read as UTF-8 (so a plaintext stored as bytes is seen).
 */
export async function dumpDatabaseRows(): Promise<{ name: string; text: string }[]> {
  const db = getDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const dumps: { name: string; text: string }[] = [];
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "public"."${tablename.replace(/"/g, '""')}" t`,
    );
    const text = rows.map((row) => row.row).join("\n");
    dumps.push({ name: `table ${tablename}`, text });
    const bytes = [...text.matchAll(/"\\\\x([0-9a-f]+)"/g)].map((match) =>
      Buffer.from(match[1]!, "hex").toString("utf8"),
    );
    if (bytes.length > 0) dumps.push({ name: `table ${tablename} (bytea as text)`, text: bytes.join("\n") });
  }
  for (const snapshot of await db.snapshot.findMany()) {
    dumps.push({
      name: `snapshot ${snapshot.hash}`,
      text: JSON.stringify(decodeSnapshot({ hash: snapshot.hash, codec: snapshot.codec, content: snapshot.content })),
    });
  }
  return dumps;
}
