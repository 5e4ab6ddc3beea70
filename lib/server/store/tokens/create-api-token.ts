import { getDb } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/roles";
import { generateApiToken } from "@/lib/server/auth/api-token-format";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy?: { email: string } | null;
};

export function toApiTokenView(row: TokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdBy: row.createdBy?.email ?? null,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a token; the plaintext is returned once here and never stored. */
export async function createApiToken({
  name,
  role,
  createdById,
}: {
  name: string;
  role: Role;
  createdById?: string;
}): Promise<{ token: string; view: ApiTokenView }> {
  const generated = generateApiToken();
  const row = await getDb().apiToken.create({
    data: { name, role, prefix: generated.prefix, tokenHash: generated.hash, createdById: createdById ?? null },
    include: { createdBy: { select: { email: true } } },
  });
  return { token: generated.token, view: toApiTokenView(row) };
}
