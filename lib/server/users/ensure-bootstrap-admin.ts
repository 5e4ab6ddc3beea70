import { randomBytes } from "node:crypto";
import { countUsers } from "@/lib/server/store/users/count-users";
import { AppError } from "@/lib/server/http/app-error";
import { addUser } from "./add-user";

/**
 * On a database without users, creates the first admin from LOTSE_ADMIN_EMAIL /
 * LOTSE_ADMIN_PASSWORD, or with a generated password that the caller prints once.
 */
export async function ensureBootstrapAdmin({
  email,
  password,
}: {
  email?: string;
  password?: string;
}): Promise<{ created: false } | { created: true; email: string; generatedPassword?: string }> {
  if ((await countUsers()) > 0) return { created: false };
  const adminEmail = (email || "admin@lotse.local").toLowerCase();
  const generatedPassword = password ? undefined : randomBytes(15).toString("base64url");
  try {
    await addUser({
      email: adminEmail,
      name: "Administrator",
      role: "admin",
      password: password || generatedPassword!,
      actor: { type: "system", label: "bootstrap" },
    });
  } catch (error) {
    // Another process created it at the same moment: that one reports the password.
    if (error instanceof AppError && error.code === "conflict") return { created: false };
    throw error;
  }
  return { created: true, email: adminEmail, generatedPassword };
}
