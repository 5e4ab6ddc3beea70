import { isUniqueViolation } from "@/lib/server/store/is-unique-violation";
import { getDb } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/roles";
import { AppError } from "@/lib/server/http/app-error";

export interface UserView {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  provider: string;
  isDisabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export function toUserView(user: {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  provider: string;
  isDisabled: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    provider: user.provider,
    isDisabled: user.isDisabled,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

export async function createUser({
  email,
  name,
  role,
  passwordHash,
  provider = "credentials",
  oidcSubject,
}: {
  email: string;
  name?: string | null;
  role: Role;
  passwordHash?: string | null;
  provider?: "credentials" | "oidc";
  oidcSubject?: string;
}): Promise<UserView> {
  const normalized = email.trim().toLowerCase();
  const conflict = () => new AppError("conflict", `A user with e-mail ${normalized} already exists.`);
  const existing = await getDb().user.findUnique({ where: { email: normalized } });
  if (existing) throw conflict();
  try {
    const user = await getDb().user.create({
      data: { email: normalized, name: name ?? null, role, passwordHash: passwordHash ?? null, provider, oidcSubject },
    });
    return toUserView(user);
  } catch (error) {
    // Another process created the same e-mail between the check and the insert (two workers
    // starting on an empty database both create the first admin).
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
