import { z } from "zod";

export const BACKUP_FORMAT = "lotse-backup/1";
export const BACKUP_MANIFEST = "manifest.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
// Names become paths under the backup directory: plain names only, nothing that climbs out.
const tableName = z.string().regex(/^[a-z_][a-z0-9_]*$/);
const packFile = z.string().regex(/^evidence\/[A-Za-z0-9._-]+\.zip$/);

/** What `backup create` writes beside the data and `backup restore` checks before touching anything. */
export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    createdAt: z.string().datetime(),
    lotseVersion: z.string(),
    migrations: z.array(z.string()),
    tables: z.array(
      z
        .object({
          name: tableName,
          file: z.string(),
          rows: z.number().int().nonnegative(),
          sha256,
        })
        .strict()
        .refine((table) => table.file === `tables/${table.name}.ndjson`, {
          message: "file must be tables/<name>.ndjson",
        }),
    ),
    evidencePacks: z.array(z.object({ file: packFile, bytes: z.number().int().nonnegative(), sha256 }).strict()),
  })
  .strict();

export type BackupManifest = z.infer<typeof backupManifestSchema>;
