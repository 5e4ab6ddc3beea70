import { isRole, ROLES } from "@/lib/shared/roles";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { revokeApiToken } from "@/lib/server/store/tokens/revoke-api-token";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { addUser } from "@/lib/server/users/add-user";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createBackup } from "@/lib/server/backup/create-backup";
import { restoreBackup } from "@/lib/server/backup/restore-backup";
import { readEnv } from "@/lib/server/config/read-env";
import { formatKeyRotation, rotateEncryptionKeys } from "@/lib/server/keys/rotate-encryption-keys";

export const CLI_USAGE = `Usage: npm run lotse -- <command> [options]

Commands:
  token create --name NAME --role ROLE    create an API token (printed once)
  token revoke --id ID                    revoke an API token
  user create --email EMAIL --role ROLE [--password PASSWORD]
                                          create a password user (a password is generated when omitted)
  keys rotate                             re-encrypt stored credentials and the evidence-signing key under
                                          LOTSE_ENCRYPTION_KEY (old keys in LOTSE_ENCRYPTION_KEYS_PREVIOUS)
  backup create --out DIR                 back up every table and evidence pack (not the encryption key)
  backup restore --from DIR               restore a backup into an empty database and data directory
  seed-history [--clusters 30] [--days 365] [--interval 1h|6h|1d] [--scenario FILE] [--concurrency 4]
                                          simulate a fleet and write its history (drift, fixes, outages, a
                                          catalog change) through the worker's collect/store/evaluate path

Roles: ${ROLES.join(", ")}`;

const CLI_ACTOR = { type: "system" as const, label: "cli" };

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  return url;
}

/** An empty database gets the current schema first; a migrated one is left as it is. */
function migrateDatabase(databaseUrl: string): void {
  execFileSync("npm", ["run", "--silent", "db:migrate:deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

function requireOption(options: Record<string, unknown>, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new Error(`--${name} is required.\n\n${CLI_USAGE}`);
  return value.trim();
}

function requireRole(options: Record<string, unknown>) {
  const role = requireOption(options, "role");
  if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}.`);
  return role;
}

/** Executes one CLI command and returns what to print. Throws with a user-facing message. */
export async function runCliCommand({
  args,
  options,
}: {
  args: string[];
  options: Record<string, unknown>;
}): Promise<string> {
  const [noun, verb] = args;
  if (noun === "token" && verb === "create") {
    const { token, item } = await issueApiToken({
      name: requireOption(options, "name"),
      role: requireRole(options),
      actor: CLI_ACTOR,
    });
    return `${token}\n\n(token "${item.name}", role ${item.role}; shown once — store it now)`;
  }
  if (noun === "token" && verb === "revoke") {
    const view = await revokeApiToken({ id: requireOption(options, "id") });
    await recordAuditEvent({
      actor: CLI_ACTOR,
      action: "token.revoke",
      outcome: "success",
      target: { type: "api-token", id: view.id },
      details: { name: view.name },
    });
    return `revoked token "${view.name}"`;
  }
  if (noun === "user" && verb === "create") {
    const password = typeof options.password === "string" ? options.password : randomBytes(15).toString("base64url");
    const user = await addUser({
      email: requireOption(options, "email"),
      role: requireRole(options),
      password,
      actor: CLI_ACTOR,
    });
    return options.password
      ? `created ${user.role} ${user.email}`
      : `created ${user.role} ${user.email} with password: ${password}`;
  }
  if (noun === "keys" && verb === "rotate") return formatKeyRotation(await rotateEncryptionKeys());
  if (noun === "backup" && verb === "create") {
    const outDir = path.resolve(requireOption(options, "out"));
    const manifest = await createBackup({
      databaseUrl: requireDatabaseUrl(),
      dataDir: readEnv().LOTSE_DATA_DIR,
      outDir,
    });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    return [
      `backed up ${rows} rows of ${manifest.tables.length} tables and ${manifest.evidencePacks.length} evidence pack(s) to ${outDir}`,
      "the encryption key is NOT in the backup: keep LOTSE_ENCRYPTION_KEY (or <data dir>/encryption.key) safe separately",
    ].join("\n");
  }
  if (noun === "backup" && verb === "restore") {
    const inDir = path.resolve(requireOption(options, "from"));
    const databaseUrl = requireDatabaseUrl();
    migrateDatabase(databaseUrl);
    const result = await restoreBackup({ databaseUrl, dataDir: readEnv().LOTSE_DATA_DIR, inDir });
    const lines = [
      `restored ${result.rows} rows and ${result.evidencePacks} evidence pack(s) from a backup of ${result.manifest.createdAt} (Lotse ${result.manifest.lotseVersion})`,
    ];
    if (result.missingKeyIds.length > 0) {
      lines.push(
        `WARNING: stored credentials need encryption key(s) ${result.missingKeyIds.join(", ")}, which are not configured: set LOTSE_ENCRYPTION_KEY to the backed-up key before starting Lotse`,
      );
    }
    return lines.join("\n");
  }
  throw new Error(`unknown command "${args.join(" ")}".\n\n${CLI_USAGE}`);
}
