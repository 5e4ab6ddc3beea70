// `npm start`: runs Lotse on one machine. Starts the embedded PostgreSQL when DATABASE_URL is unset,
// applies migrations, creates the first admin, builds the web app when needed, then runs the web
// server and the background worker until Ctrl-C.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { openLocalDatabase } from "@/lib/server/store/embedded/open-local-database";
import { readOrCreateSecret } from "@/lib/server/config/read-or-create-secret";
import { ensureBootstrapAdmin } from "@/lib/server/users/ensure-bootstrap-admin";
import { disconnectDb } from "@/lib/server/store/db";
import { runToCompletion, startChild, type Child } from "./process-helpers";
import { isBuildStale } from "./is-build-stale";
import { buildWorker, workerNodeFlags } from "./build-worker";

if (existsSync(".env")) process.loadEnvFile(".env");
process.env.NEXT_TELEMETRY_DISABLED = "1";

const dataDir = path.resolve(process.env.LOTSE_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.LOTSE_HOST ?? "127.0.0.1";
mkdirSync(dataDir, { recursive: true, mode: 0o755 });

console.log(`Lotse: data directory ${dataDir}`);
const database = await openLocalDatabase({ dataDir });
console.log(database.isEmbedded ? "Lotse: embedded PostgreSQL is up" : "Lotse: using DATABASE_URL");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.connectionString,
  LOTSE_DATA_DIR: dataDir,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readOrCreateSecret({ dataDir, name: "auth-secret" }),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
Object.assign(process.env, env);

const children: Child[] = [];
let stopping: Promise<void> | null = null;
/** Stops children, then the database, once; a second call (a child dying of the first) waits for it. */
async function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    console.log("\nLotse: stopping…");
    await Promise.all(children.map((child) => child.stop()));
    await disconnectDb().catch(() => {});
    await database.stop();
    console.log("Lotse: stopped");
  })();
  await stopping;
  // The first caller's continuation runs first, so its exit code wins.
  return process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  await runToCompletion({
    name: "migrate",
    command: "npm",
    args: ["run", "--silent", "db:migrate:deploy"],
    env,
    quiet: true,
  });
  const bootstrap = await ensureBootstrapAdmin({
    email: process.env.LOTSE_ADMIN_EMAIL,
    password: process.env.LOTSE_ADMIN_PASSWORD,
  });
  if (bootstrap.created && bootstrap.generatedPassword) {
    console.log(
      `\n  First admin created. Sign in with:\n    e-mail:   ${bootstrap.email}\n    password: ${bootstrap.generatedPassword}\n  (shown once; change it under Settings → Users)\n`,
    );
  }
  if (process.env.LOTSE_SKIP_BUILD !== "1" && isBuildStale()) {
    console.log("Lotse: building the web app (first start or changed sources)…");
    await runToCompletion({ name: "build", command: "npx", args: ["next", "build"], env });
  }
  children.push(
    startChild({
      name: "web",
      command: "npx",
      args: ["next", "start", "-p", String(port), "-H", host],
      env,
      onExit: () => void shutdown(1),
    }),
  );
  const workerBundle = await buildWorker();
  children.push(
    startChild({
      name: "worker",
      command: process.execPath,
      args: [...workerNodeFlags(process.env), workerBundle],
      env: { ...env, LOTSE_PROCESS: "worker" },
      onExit: () => void shutdown(1),
    }),
  );
  console.log(`Lotse: http://localhost:${port}  (Ctrl-C to stop)`);
} catch (error) {
  console.error(`Lotse: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
