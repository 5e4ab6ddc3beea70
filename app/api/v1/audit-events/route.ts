// GET /api/v1/audit-events – the audit log, newest first (admin, auditor)
import { z } from "zod";
import { withRoute } from "@/lib/server/http/with-route";
import { findAuditEvents } from "@/lib/server/store/audit/find-audit-events";

export const GET = withRoute({
  roles: ["admin", "auditor"],
  auditDeniedAs: "audit.read",
  query: z.object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
    action: z.string().max(100).optional(),
  }),
  handler: async ({ query }) => findAuditEvents(query),
});
