import { getDb } from "@/lib/server/store/db";
import { logger } from "@/lib/server/log/logger";

export interface AuditEventInput {
  /** An Actor, or the anonymous/system caller of sign-in attempts, the CLI and bootstrap. */
  actor: { type: "user" | "token" | "anonymous" | "system"; label: string; id?: string; ip?: string };
  action: string;
  outcome: "success" | "failure" | "denied";
  target?: { type: string; id?: string };
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends one event to the audit log. The table is append-only (a trigger refuses UPDATE/DELETE).
 * Details must never carry credentials; keep them to identifiers and reasons.
 */
export async function recordAuditEvent({ actor, action, outcome, target, details }: AuditEventInput): Promise<void> {
  await getDb().auditEvent.create({
    data: {
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
      action,
      outcome,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      ip: actor.ip ?? null,
      details: details ?? {},
    },
  });
  logger.info({ audit: { action, outcome, actor: actor.label, target } }, "audit event");
}
