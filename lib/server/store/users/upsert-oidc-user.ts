import { getDb } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/roles";

/** Creates or updates the user for an OIDC subject; null when the e-mail belongs to a local (password) user. */
export async function upsertOidcUser({
  subject,
  email,
  name,
  role,
}: {
  subject: string;
  email: string;
  name: string | null;
  role: Role;
}) {
  const db = getDb();
  const bySubject = await db.user.findUnique({ where: { oidcSubject: subject } });
  if (bySubject) {
    return db.user.update({ where: { id: bySubject.id }, data: { email, name, role, lastLoginAt: new Date() } });
  }
  // Note: an existing password user with the same e-mail is NOT linked automatically: the identity
  // provider's e-mail claim is not proof of owning that local account.
  if (await db.user.findUnique({ where: { email } })) return null;
  return db.user.create({
    data: { email, name, role, provider: "oidc", oidcSubject: subject, lastLoginAt: new Date() },
  });
}
