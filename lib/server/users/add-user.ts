import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/shared/roles";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/server/auth/hash-password";
import { AppError } from "@/lib/server/http/app-error";
import { createUser, type UserView } from "@/lib/server/store/users/create-user";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

export async function addUser({
  email,
  name,
  role,
  password,
  actor,
}: {
  email: string;
  name?: string;
  role: Role;
  password: string;
  actor: Actor | { type: "system"; label: string };
}): Promise<UserView> {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError("bad_request", `Password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  const user = await createUser({ email, name, role, passwordHash: await hashPassword(password) });
  await recordAuditEvent({
    actor,
    action: "user.create",
    outcome: "success",
    target: { type: "user", id: user.id },
    details: { email: user.email, role },
  });
  return user;
}
