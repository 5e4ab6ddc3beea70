import { getDb } from "@/lib/server/store/db";

export function findUserByEmail({ email }: { email: string }) {
  return getDb().user.findUnique({ where: { email: email.trim().toLowerCase() } });
}
