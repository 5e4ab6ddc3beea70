import { getDb } from "@/lib/server/store/db";

export interface AuditEventView {
  id: string;
  at: string;
  actorType: string;
  actorLabel: string;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: unknown;
}

/** Newest first, keyset-paginated by id (`before` = the last id of the previous page). */
export async function findAuditEvents({
  limit,
  before,
  action,
}: {
  limit: number;
  before?: string;
  action?: string;
}): Promise<{ items: AuditEventView[]; nextBefore: string | null }> {
  const rows = await getDb().auditEvent.findMany({
    where: {
      ...(before ? { id: { lt: BigInt(before) } } : {}),
      ...(action ? { action: { startsWith: action } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      actorType: row.actorType,
      actorLabel: row.actorLabel,
      action: row.action,
      outcome: row.outcome,
      targetType: row.targetType,
      targetId: row.targetId,
      ip: row.ip,
      details: row.details,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
