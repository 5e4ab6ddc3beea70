import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeEncryptionKey } from "./decode-encryption-key";

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Reads `<dataDir>/encryption.key`; with `create`, creates it first if missing (mode 0600, base64
 * of 32 random bytes). Returns undefined when the file is missing and `create` is false.
 *
 * Note: two processes (web and worker) often start together. The key is written completely to a
 * private temporary file (`wx`, 0600) and then hard-linked into place; link fails with EEXIST if
 * another process won, and then its file, already complete, is read. So both agree on one key and
 * nobody reads a half-written file. Filesystems without hard links fall back to `wx` on the file.
 */
export async function readOrCreateKeyFile({
  dataDir,
  create,
}: {
  dataDir: string;
  create: boolean;
}): Promise<Buffer | undefined> {
  const directory = path.resolve(dataDir);
  const file = path.join(directory, "encryption.key");
  const existing = await readKeyFile(file);
  if (existing || !create) return existing;
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const content = `${randomBytes(32).toString("base64")}\n`;
  const temporary = path.join(directory, `.encryption.key.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { mode: 0o600, flag: "wx", flush: true });
    await link(temporary, file).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return;
      if (!NO_HARD_LINKS.has(error.code ?? "")) throw error;
      await writeFile(file, content, { mode: 0o600, flag: "wx", flush: true }).catch(ignoreExists);
    });
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  const created = await readKeyFile(file);
  if (!created) throw new Error(`${file} could not be created.`);
  return created;
}

function ignoreExists(error: NodeJS.ErrnoException): void {
  if (error.code !== "EEXIST") throw error;
}

async function readKeyFile(file: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return decodeEncryptionKey({ value: text, source: `The key file ${file}` });
}
