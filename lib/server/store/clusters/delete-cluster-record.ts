import { getDb } from "@/lib/server/store/db";
import { AppError } from "@/lib/server/http/app-error";

/** Deletes the cluster; its encrypted credentials go with it (cascade). */
export async function deleteClusterRecord({ id }: { id: string }): Promise<{ name: string }> {
  const db = getDb();
  const existing = await db.cluster.findUnique({ where: { id } });
  if (!existing) throw new AppError("not_found", "No such cluster.");
  await db.cluster.delete({ where: { id } });
  return { name: existing.name };
}
