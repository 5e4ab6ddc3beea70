import { getDb } from "@/lib/server/store/db";
import { toUserView, type UserView } from "./create-user";

export async function findUsers(): Promise<UserView[]> {
  const users = await getDb().user.findMany({ orderBy: { email: "asc" } });
  return users.map(toUserView);
}
