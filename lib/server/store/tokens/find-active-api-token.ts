import { getDb } from "@/lib/server/store/db";
import { hashApiToken } from "@/lib/server/auth/api-token-format";

const TOUCH_INTERVAL_MS = 60_000;

/** The non-revoked token with this plaintext, recording its use (at most once a minute). */
export async function findActiveApiToken({ token }: { token: string }) {
  const db = getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row;
}
