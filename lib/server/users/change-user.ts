import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/shared/roles";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/server/auth/hash-password";
import { AppError } from "@/lib/server/http/app-error";
import { updateUser } from "@/lib/server/store/users/update-user";
import type { UserView } from "@/lib/server/store/users/create-user";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

export async function changeUser({
  id,
  role,
  isDisabled,
  password,
  actor,
}: {
  id: string;
  role?: Role;
  isDisabled?: boolean;
  password?: string;
  actor: Actor;
}): Promise<UserView> {
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("bad_request", `Password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const user = await updateUser({
    id,
    role,
    isDisabled,
    passwordHash: password ? await hashPassword(password) : undefined,
  });
  await recordAuditEvent({
    actor,
    action: "user.update",
    outcome: "success",
    target: { type: "user", id },
    details: {
      email: user.email,
      role: role ?? null,
      isDisabled: isDisabled ?? null,
      passwordReset: Boolean(password),
    },
  });
  return user;
}
