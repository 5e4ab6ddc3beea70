import { getDb } from "@/lib/server/store/db";

// Refreshing lastSeenAt on every request would write on every read; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

/** The session and its user if the session is neither revoked nor expired and the user is enabled. */
export async function findActiveSession({ sessionId }: { sessionId: string }) {
  const db = getDb();
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now() || session.user.isDisabled) {
    return null;
  }
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
  }
  return session;
}
