import { z } from "zod";
import { expectOk, type ApiRequest } from "./demo-api-client";

const userListSchema = z.object({
  items: z.array(z.object({ email: z.string(), role: z.string(), isDisabled: z.boolean() })),
});

/**
 * Checks through the API that the printed sign-in names an active admin. Lotse creates its first
 * admin only in an empty database, so a data directory used before with other LOTSE_ADMIN_* values
 * keeps its old admin; the answer then says whom to sign in as instead. Null when all is well.
 */
export async function checkSignInAccount({ api, email }: { api: ApiRequest; email: string }): Promise<string | null> {
  const { items } = expectOk({
    response: await api({ method: "GET", path: "/api/v1/users" }),
    schema: userListSchema,
    what: "listing users",
  });
  const activeAdmins = items.filter((user) => user.role === "admin" && !user.isDisabled);
  if (activeAdmins.some((user) => user.email.toLowerCase() === email.toLowerCase())) return null;
  return (
    `${email} is not an active admin in this data directory (its first admin was created by an earlier start). ` +
    `Admins: ${activeAdmins.map((user) => user.email).join(", ") || "none"}`
  );
}
