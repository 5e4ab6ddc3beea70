import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const DEMO_ADMIN_EMAIL = "admin@lotse.local";
export const DEMO_ADMIN_FILE = "demo-admin.txt";

export type DemoSignIn = { email: string } & (
  | { passwordSource: "environment"; password: string }
  | { passwordSource: "file"; password: string; file: string }
  /** A database from before the demo kept its password: only whoever set it knows it. */
  | { passwordSource: "unknown" }
);

function parseSignInFile(text: string): { email?: string; password?: string } {
  const field = (name: string) => text.match(new RegExp(`^${name}:\\s*(\\S+)\\s*$`, "m"))?.[1];
  return { email: field("e-mail"), password: field("password") };
}

/**
 * The demo's admin sign-in: LOTSE_ADMIN_EMAIL / LOTSE_ADMIN_PASSWORD when given; otherwise the
 * account in `<dataDir>/demo-admin.txt`, which the first demo run creates (`admin@lotse.local` and a
 * generated password, mode 0600) so every later run can print the same sign-in. Lotse creates its
 * first admin only in an empty database, so for a database that exists without that file (started
 * before with LOTSE_ADMIN_PASSWORD, or by `npm start`) no password is made up.
 */
export async function resolveDemoSignIn({
  dataDir,
  email,
  password,
  hasExistingDatabase,
}: {
  dataDir: string;
  email?: string;
  password?: string;
  hasExistingDatabase: boolean;
}): Promise<DemoSignIn> {
  const file = path.join(dataDir, DEMO_ADMIN_FILE);
  const stored = existsSync(file) ? parseSignInFile(await readFile(file, "utf8")) : {};
  const adminEmail = email || stored.email || DEMO_ADMIN_EMAIL;
  if (password) return { email: adminEmail, password, passwordSource: "environment" };
  if (stored.password) return { email: adminEmail, password: stored.password, passwordSource: "file", file };
  if (hasExistingDatabase) return { email: adminEmail, passwordSource: "unknown" };
  const generated = randomBytes(15).toString("base64url");
  // Note: a plaintext password on disk is acceptable only because this is the local demo's throwaway
  // admin; the file is readable by its owner only, like the database password beside it.
  await writeFile(
    file,
    `# Sign-in of the Lotse demo in this directory (written by npm run demo)\ne-mail:   ${adminEmail}\npassword: ${generated}\n`,
    { mode: 0o600 },
  );
  return { email: adminEmail, password: generated, passwordSource: "file", file };
}
