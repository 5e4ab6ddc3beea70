import { getDb } from "@/lib/server/store/db";

export async function revokeSession({ sessionId }: { sessionId: string }): Promise<void> {
  await getDb().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
