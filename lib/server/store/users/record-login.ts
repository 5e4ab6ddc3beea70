import { getDb } from "@/lib/server/store/db";

export async function recordLogin({ userId }: { userId: string }): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
}
