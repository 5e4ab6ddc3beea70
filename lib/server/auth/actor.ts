import type { Role } from "@/lib/shared/roles";

/** Who is calling: a signed-in user (browser session) or an API token. */
export interface Actor {
  type: "user" | "token";
  /** user id or token id */
  id: string;
  /** e-mail for users, `token:<name>` for tokens; what the audit log shows */
  label: string;
  role: Role;
  /** the user id behind the call (for tokens: the token's creator, if still present) */
  userId?: string;
  sessionId?: string;
  ip?: string;
}
