// Mirrors AuditEventView in lib/server/store/audit/find-audit-events.ts (UI code may not import lib/server).

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

export interface AuditEventPage {
  items: AuditEventView[];
  /** pass as `before` to load the next (older) page; null on the last page */
  nextBefore: string | null;
}
