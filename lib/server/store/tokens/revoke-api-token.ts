import { getDb } from "@/lib/server/store/db";
import { AppError } from "@/lib/server/http/app-error";
import { toApiTokenView, type ApiTokenView } from "./create-api-token";

export async function revokeApiToken({ id }: { id: string }): Promise<ApiTokenView> {
  const db = getDb();
  const existing = await db.apiToken.findUnique({ where: { id } });
  if (!existing) throw new AppError("not_found", "No such API token.");
  const row = await db.apiToken.update({
    where: { id },
    data: { revokedAt: existing.revokedAt ?? new Date() },
    include: { createdBy: { select: { email: true } } },
  });
  return toApiTokenView(row);
}
