import { getDb } from "@/lib/server/store/db";

/**
 * Empties every application table between integration tests. The audit log's append-only
 * trigger is disabled for this one statement only; the application never does this.
 */
export async function resetDatabase(): Promise<void> {
  const db = getDb();
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const tables = rows.map((row) => `"public"."${row.tablename}"`).join(", ");
  await db.$transaction([
    db.$executeRawUnsafe(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate`),
    db.$executeRawUnsafe(`TRUNCATE ${tables} CASCADE`),
    db.$executeRawUnsafe(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_truncate`),
  ]);
}
