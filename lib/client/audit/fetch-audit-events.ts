import { apiFetch } from "@/lib/client/api/api-fetch";
import type { AuditEventPage } from "./audit-event-view";

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditEvents({
  action,
  before,
  signal,
}: {
  action?: string;
  before?: string;
  signal?: AbortSignal;
}): Promise<AuditEventPage> {
  return apiFetch<AuditEventPage>("/api/v1/audit-events", {
    query: { limit: AUDIT_PAGE_SIZE, before, action },
    signal,
  });
}
