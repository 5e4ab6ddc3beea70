import type { Env } from "@/lib/server/config/read-env";
import { mapOidcRole } from "./map-oidc-role";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { upsertOidcUser } from "@/lib/server/store/users/upsert-oidc-user";
import type { Role } from "@/lib/shared/roles";

/**
 * Maps an OIDC identity to a Lotse user. The role comes from the configured group claim at every
 * sign-in, so removing someone from a group in the identity provider takes effect at next sign-in.
 */
export async function signInWithOidc({
  profile,
  env,
}: {
  profile: Record<string, unknown>;
  env: Env;
}): Promise<{ ok: true; userId: string; role: Role } | { ok: false; message: string }> {
  const subject = typeof profile.sub === "string" ? profile.sub : "";
  const email = typeof profile.email === "string" ? profile.email.toLowerCase() : "";
  const label = email || `oidc:${subject}`;
  const role = mapOidcRole({
    claimValue: profile[env.LOTSE_OIDC_ROLE_CLAIM],
    roleMap: env.LOTSE_OIDC_ROLE_MAP,
    defaultRole: env.LOTSE_OIDC_DEFAULT_ROLE,
  });
  if (!subject || !email || !role) {
    const reason = !subject || !email ? "missing-subject-or-email" : "no-role-mapped";
    await recordAuditEvent({
      actor: { type: "anonymous", label },
      action: "auth.login",
      outcome: "denied",
      details: { method: "oidc", reason },
    });
    return {
      ok: false,
      message: role
        ? "Your identity provider did not send an e-mail address."
        : "Your account has no Lotse role. Ask an admin to add you to a Lotse group.",
    };
  }
  const user = await upsertOidcUser({
    subject,
    email,
    name: typeof profile.name === "string" ? profile.name : null,
    role,
  });
  if (!user) {
    await recordAuditEvent({
      actor: { type: "anonymous", label },
      action: "auth.login",
      outcome: "denied",
      details: { method: "oidc", reason: "email-belongs-to-local-user" },
    });
    return { ok: false, message: "This e-mail belongs to a password account in Lotse; sign in with your password." };
  }
  if (user.isDisabled) {
    await recordAuditEvent({
      actor: { type: "anonymous", label },
      action: "auth.login",
      outcome: "denied",
      details: { method: "oidc", reason: "disabled" },
    });
    return { ok: false, message: "Your Lotse account is disabled." };
  }
  await recordAuditEvent({
    actor: { type: "user", id: user.id, label: email },
    action: "auth.login",
    outcome: "success",
    details: { method: "oidc", role },
  });
  return { ok: true, userId: user.id, role };
}
