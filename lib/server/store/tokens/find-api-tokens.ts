import { getDb } from "@/lib/server/store/db";
import { toApiTokenView, type ApiTokenView } from "./create-api-token";

export async function findApiTokens(): Promise<ApiTokenView[]> {
  const rows = await getDb().apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { createdBy: { select: { email: true } } },
  });
  return rows.map(toApiTokenView);
}
