import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A random secret kept in a 0600 file of the data directory, created on first use. `wx` makes
 * concurrent first starts agree on one value.
 */
export function readOrCreateSecret({
  dataDir,
  name,
  bytes = 32,
}: {
  dataDir: string;
  name: string;
  bytes?: number;
}): string {
  const file = path.join(path.resolve(dataDir), name);
  try {
    writeFileSync(file, `${randomBytes(bytes).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
