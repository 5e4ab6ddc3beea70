import type { Client } from "pg";

/** The application's tables (not Prisma's migration table), parents before the tables that reference them. */
export async function listTablesInDependencyOrder(client: Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).rows.map((row) => row.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows.map(({ child, parent }) => ({ child: unquote(child), parent: unquote(parent) }));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return; // a self-reference or cycle: keep going
    visiting.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered.filter((table) => tables.includes(table));
}

function unquote(name: string): string {
  return name.replace(/^"|"$/g, "");
}

/** Migration names applied to the database, in order: a backup restores only into the same schema. */
export async function listAppliedMigrations(client: Client): Promise<string[]> {
  const rows = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.rows.map((row) => row.name);
}

/** Quotes an identifier read from the catalog for use in SQL text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
