import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { findKeyIds } from "@/lib/server/store/backup/find-key-ids";
import { restoreTables, RestoreRefusedError } from "@/lib/server/store/backup/restore-tables";
import { BACKUP_MANIFEST, backupManifestSchema, type BackupManifest } from "./backup-manifest";
import { hashFile } from "./create-backup";

export { RestoreRefusedError };

export interface RestoreResult {
  manifest: BackupManifest;
  rows: number;
  evidencePacks: number;
  /** Key ids the restored data is encrypted under that the configured keys do not include. */
  missingKeyIds: string[];
}

async function readManifest(inDir: string): Promise<BackupManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(inDir, BACKUP_MANIFEST), "utf8"));
  } catch (error) {
    throw new RestoreRefusedError(`${path.join(inDir, BACKUP_MANIFEST)} cannot be read: ${(error as Error).message}`);
  }
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RestoreRefusedError(
      `not a Lotse backup manifest: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
    );
  }
  return parsed.data;
}

/** Every file is checked against the manifest before anything is written. */
async function verifyFiles(inDir: string, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    const hash = createHash("sha256")
      .update(await readFile(path.join(inDir, table.file)))
      .digest("hex");
    if (hash !== table.sha256)
      throw new RestoreRefusedError(`${table.file} does not match its SHA-256 in the manifest`);
  }
  for (const pack of manifest.evidencePacks) {
    if ((await hashFile(path.join(inDir, pack.file))) !== pack.sha256)
      throw new RestoreRefusedError(`${pack.file} does not match its SHA-256 in the manifest`);
  }
}

/**
 * `lotse backup restore --from DIR`: into an empty database migrated to the backup's schema and a
 * data directory; checks every SHA-256 first, restores all tables in one transaction, copies the
 * evidence packs back, and reports the key ids the configured encryption keys do not cover (set
 * LOTSE_ENCRYPTION_KEY / LOTSE_ENCRYPTION_KEYS_PREVIOUS to the backed-up key before starting Lotse).
 */
export async function restoreBackup({
  databaseUrl,
  dataDir,
  inDir,
  env = process.env,
}: {
  databaseUrl: string;
  dataDir: string;
  inDir: string;
  env?: Record<string, string | undefined>;
}): Promise<RestoreResult> {
  const manifest = await readManifest(inDir);
  await verifyFiles(inDir, manifest);
  const { rows } = await restoreTables({
    databaseUrl,
    inDir,
    tables: manifest.tables,
    migrations: manifest.migrations,
  });
  await mkdir(path.join(dataDir, "evidence"), { recursive: true, mode: 0o700 });
  for (const pack of manifest.evidencePacks) {
    await copyFile(path.join(inDir, pack.file), path.join(dataDir, pack.file));
  }
  const keys = await loadEncryptionKeys({ dataDir, env });
  const missingKeyIds = (await findKeyIds({ databaseUrl })).filter((id) => !keys.byId.has(id));
  return { manifest, rows, evidencePacks: manifest.evidencePacks.length, missingKeyIds };
}
