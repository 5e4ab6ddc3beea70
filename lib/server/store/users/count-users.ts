import { getDb } from "@/lib/server/store/db";

export function countUsers(): Promise<number> {
  return getDb().user.count();
}
