import { getDb } from "@/lib/server/store/db";

export async function createSession({
  userId,
  maxAgeHours,
  ip,
  userAgent,
}: {
  userId: string;
  maxAgeHours: number;
  ip?: string;
  userAgent?: string;
}): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + maxAgeHours * 3_600_000);
  const session = await getDb().session.create({
    data: { userId, expiresAt, ip: ip ?? null, userAgent: userAgent?.slice(0, 300) ?? null },
  });
  return { id: session.id, expiresAt };
}
