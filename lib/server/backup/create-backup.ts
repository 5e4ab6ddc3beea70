import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOTSE_VERSION } from "@/lib/server/config/lotse-version";
import { dumpTables } from "@/lib/server/store/backup/dump-tables";
import { BACKUP_FORMAT, BACKUP_MANIFEST, type BackupManifest } from "./backup-manifest";

/** SHA-256 of a file, streamed. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * `lotse backup create --out DIR`: every table (one consistent snapshot, taken while Lotse runs)
 * and every evidence pack file, with a manifest of row counts and SHA-256 sums. The encryption key
 * is deliberately NOT in the backup: stored credentials and the signing key stay encrypted in it, and
 * the key is backed up separately (a secrets manager, an offline copy).
 */
export async function createBackup({
  databaseUrl,
  dataDir,
  outDir,
  now = new Date(),
}: {
  databaseUrl: string;
  dataDir: string;
  outDir: string;
  now?: Date;
}): Promise<BackupManifest> {
  const existing = await readdir(outDir).catch(() => []);
  if (existing.length > 0) throw new Error(`${outDir} is not empty; give a new directory for the backup.`);
  await mkdir(path.join(outDir, "tables"), { recursive: true, mode: 0o700 });
  await mkdir(path.join(outDir, "evidence"), { recursive: true, mode: 0o700 });
  try {
    return await writeBackup({ databaseUrl, dataDir, outDir, now });
  } catch (error) {
    // A half-written backup must not look like one: the directory was empty, so remove it whole.
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

async function writeBackup({
  databaseUrl,
  dataDir,
  outDir,
  now,
}: {
  databaseUrl: string;
  dataDir: string;
  outDir: string;
  now: Date;
}): Promise<BackupManifest> {
  const { tables, migrations } = await dumpTables({ databaseUrl, outDir });
  const evidencePacks: BackupManifest["evidencePacks"] = [];
  const packDir = path.join(dataDir, "evidence");
  const packs = (await readdir(packDir).catch(() => [])).filter((name) => name.endsWith(".zip")).sort();
  for (const name of packs) {
    const file = path.posix.join("evidence", name);
    await copyFile(path.join(packDir, name), path.join(outDir, file));
    evidencePacks.push({
      file,
      bytes: (await stat(path.join(outDir, file))).size,
      sha256: await hashFile(path.join(outDir, file)),
    });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    lotseVersion: LOTSE_VERSION,
    migrations,
    tables,
    evidencePacks,
  };
  await writeFile(path.join(outDir, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}
