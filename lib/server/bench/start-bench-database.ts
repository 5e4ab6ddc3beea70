import { findFreePort } from "@/lib/server/net/find-free-port";
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/store/embedded/start-embedded-postgres";

const run = promisify(execFile);

export interface BenchDatabaseServer {
  root: string;
  /** A new, migrated database on the server; its connection string. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * An embedded PostgreSQL for the bench in a temporary directory, on a free port; each part of the
 * bench gets its own database, migrated with `prisma migrate deploy` as an install would.
 */
export async function startBenchDatabase({ dataDir }: { dataDir?: string } = {}): Promise<BenchDatabaseServer> {
  const root = dataDir ?? (await mkdtemp(path.join(tmpdir(), "lotse-bench-")));
  // mkdtemp makes it 0700; the embedded server runs as the `postgres` user and must traverse it.
  await chmod(root, 0o755);
  const handle = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort() });
  const admin = new URL(handle.connectionString);
  return {
    root,
    createDatabase: async (name) => {
      if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`bad database name ${name}`);
      const client = new pg.Client({ connectionString: handle.connectionString });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const url = new URL(admin);
      url.pathname = `/${name}`;
      await run("npm", ["run", "--silent", "db:migrate:deploy"], {
        env: { ...process.env, DATABASE_URL: url.toString() },
      });
      return url.toString();
    },
    stop: async () => {
      await handle.stop();
      if (!dataDir) await rm(root, { recursive: true, force: true });
    },
  };
}
