import { existsSync, readFileSync } from "node:fs";
import { unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "./start-embedded-postgres";

export const DEFAULT_EMBEDDED_PORT = 54329;

interface RuntimeFile {
  pid: number;
  port: number;
  connectionString: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runtimeFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), "embedded-postgres.json");
}

/**
 * The database to use: DATABASE_URL when set; otherwise the embedded PostgreSQL of `dataDir`:
 * reused when another Lotse process (e.g. `npm start`) already runs it, started here otherwise.
 * `stop` stops only what this call started.
 */
export async function openLocalDatabase({
  dataDir,
  port = Number(process.env.LOTSE_EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
  onLog,
}: {
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<{ connectionString: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { connectionString: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const runtimeFile = runtimeFilePath(dataDir);
  if (existsSync(runtimeFile)) {
    const running = JSON.parse(readFileSync(runtimeFile, "utf8")) as RuntimeFile;
    if (isAlive(running.pid))
      return { connectionString: running.connectionString, isEmbedded: true, stop: async () => {} };
  }
  const handle = await startEmbeddedPostgres({ dataDir, port, onLog });
  const runtime: RuntimeFile = { pid: process.pid, port, connectionString: handle.connectionString };
  // Note: holds the database password; readable by the owner only, like the password file itself.
  await writeFile(runtimeFile, JSON.stringify(runtime), { mode: 0o600 });
  return {
    connectionString: handle.connectionString,
    isEmbedded: true,
    stop: async () => {
      await unlink(runtimeFile).catch(() => {});
      await handle.stop();
    },
  };
}
