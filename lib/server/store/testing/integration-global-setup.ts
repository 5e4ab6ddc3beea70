// Vitest global setup for `*.integration.test.ts`: one embedded PostgreSQL for the run, in a
// temporary directory on a free port, migrated once. Tests reset tables with resetDatabase().
// It also builds the worker bundle once for the tests that start worker processes.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { findFreePort } from "@/lib/server/net/find-free-port";
import { buildWorker } from "@/scripts/build-worker";
import { startEmbeddedPostgres } from "@/lib/server/store/embedded/start-embedded-postgres";

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.LOTSE_TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.LOTSE_TEST_DATABASE_URL;
  }
  await buildWorker();
  const root = mkdtempSync(path.join(tmpdir(), "lotse-it-"));
  // mkdtemp makes the directory 0700; the embedded server runs as the `postgres` user and must traverse it.
  chmodSync(root, 0o755);
  const handle = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort() });
  const databaseUrl = process.env.DATABASE_URL ?? handle!.connectionString;
  const host = new URL(databaseUrl).hostname;
  // Guard: the suite truncates every table; refuse anything but a local database.
  if (!["127.0.0.1", "localhost", "::1"].includes(host))
    throw new Error(`refusing to run integration tests against non-local database host ${host}`);
  execFileSync("npm", ["run", "--silent", "db:migrate:deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
  process.env.DATABASE_URL = databaseUrl;
  process.env.LOTSE_DATA_DIR = path.join(root, "data");
  process.env.NEXTAUTH_SECRET = "integration-test-secret-0123456789abcdef";
  process.env.LOTSE_LOG_LEVEL = "silent";
  return async () => {
    await handle?.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
