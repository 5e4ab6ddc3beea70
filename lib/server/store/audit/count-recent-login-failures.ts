import { getDb } from "@/lib/server/store/db";

/**
 * Failed sign-ins for an e-mail (and, separately, from an IP) since `since`. The audit log is the
 * rate limiter's memory, so the limit holds across web replicas and restarts.
 */
export async function countRecentLoginFailures({ email, ip, since }: { email: string; ip?: string; since: Date }) {
  const db = getDb();
  const [byEmail, byIp] = await Promise.all([
    db.auditEvent.count({
      where: { action: "auth.login", outcome: { in: ["failure", "denied"] }, actorLabel: email, at: { gte: since } },
    }),
    ip
      ? db.auditEvent.count({
          where: { action: "auth.login", outcome: { in: ["failure", "denied"] }, ip, at: { gte: since } },
        })
      : Promise.resolve(0),
  ]);
  return { byEmail, byIp };
}
