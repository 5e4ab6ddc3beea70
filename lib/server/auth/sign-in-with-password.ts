import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { countRecentLoginFailures } from "@/lib/server/store/audit/count-recent-login-failures";
import { findUserByEmail } from "@/lib/server/store/users/find-user-by-email";
import { recordLogin } from "@/lib/server/store/users/record-login";
import { verifyPassword } from "./hash-password";
import type { Role } from "@/lib/shared/roles";

// An IP may fail more often than one account (a shared NAT, an office), but not without bound.
const IP_FAILURE_FACTOR = 4;

export type PasswordSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; role: Role } }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Verifies e-mail + password with lockout: after `maxFailures` failed attempts for an e-mail
 * within `windowMinutes` (or 4× that from one IP), attempts are refused without checking the
 * password until the window has passed. Every attempt is audit-logged.
 */
export async function signInWithPassword({
  email,
  password,
  ip,
  maxFailures,
  windowMinutes,
}: {
  email: string;
  password: string;
  ip?: string;
  maxFailures: number;
  windowMinutes: number;
}): Promise<PasswordSignInResult> {
  const label = email.trim().toLowerCase().slice(0, 320);
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const failures = await countRecentLoginFailures({ email: label, ip, since });
  if (failures.byEmail >= maxFailures || failures.byIp >= maxFailures * IP_FAILURE_FACTOR) {
    await recordAuditEvent({
      actor: { type: "anonymous", label, ip },
      action: "auth.login",
      outcome: "denied",
      details: { reason: "locked", windowMinutes },
    });
    return { ok: false, reason: "locked" };
  }
  const user = await findUserByEmail({ email: label });
  const isValid = await verifyPassword({ hash: user && !user.isDisabled ? user.passwordHash : null, password });
  if (!user || !isValid) {
    await recordAuditEvent({
      actor: { type: "anonymous", label, ip },
      action: "auth.login",
      outcome: "failure",
      details: { reason: user?.isDisabled ? "disabled" : "invalid-credentials" },
    });
    return { ok: false, reason: "invalid" };
  }
  await recordLogin({ userId: user.id });
  await recordAuditEvent({
    actor: { type: "user", id: user.id, label, ip },
    action: "auth.login",
    outcome: "success",
    details: { method: "password" },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
