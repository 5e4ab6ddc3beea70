// Roles and what each may do. Shared by server checks and UI (which hides what the server refuses anyway).
export const ROLES = ["admin", "engineer", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything: clusters and credentials, users, tokens, schedules",
  engineer: "Read all, trigger collections, manage waivers",
  auditor: "Read all, download evidence, read the audit log",
  viewer: "Read posture only; no evidence, no credential metadata",
};

export const ANY_ROLE: readonly Role[] = ROLES;
export const STAFF: readonly Role[] = ["admin", "engineer", "auditor"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
