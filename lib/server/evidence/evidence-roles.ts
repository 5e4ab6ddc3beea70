import type { Role } from "@/lib/shared/roles";

/** Evidence packs are for auditors and admins; engineers and viewers get 403 (audit-logged). */
export const EVIDENCE_ROLES: readonly Role[] = ["auditor", "admin"];
