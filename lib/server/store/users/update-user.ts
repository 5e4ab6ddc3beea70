import { getDb } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/roles";
import { AppError } from "@/lib/server/http/app-error";
import { toUserView, type UserView } from "./create-user";

/** Changes role, disabled flag or password hash. Disabling a user or changing their password revokes their sessions. */
export async function updateUser({
  id,
  role,
  isDisabled,
  passwordHash,
}: {
  id: string;
  role?: Role;
  isDisabled?: boolean;
  passwordHash?: string;
}): Promise<UserView> {
  const db = getDb();
  const existing = await db.user.findUnique({ where: { id } });
  if (!existing) throw new AppError("not_found", "No such user.");
  if ((role && role !== "admin") || isDisabled) {
    if (existing.role === "admin" && !existing.isDisabled) {
      const otherAdmins = await db.user.count({ where: { role: "admin", isDisabled: false, id: { not: id } } });
      if (otherAdmins === 0)
        throw new AppError("conflict", "This is the last active admin; make someone else admin first.");
    }
  }
  const [user] = await db.$transaction([
    db.user.update({ where: { id }, data: { role, isDisabled, passwordHash } }),
    ...(isDisabled || passwordHash
      ? [db.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } })]
      : []),
  ]);
  return toUserView(user);
}
