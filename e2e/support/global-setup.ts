// Starts Lotse exactly as a user would (`npm start`: embedded PostgreSQL, migrations, build when
// stale, web + worker) in a throw-away data directory, waits until /api/health reports the worker,
// and creates one user per role through the CLI.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { E2E_DATA_DIR, E2E_DB_PORT, E2E_NEXT_DIR, E2E_PORT, E2E_ROOT, E2E_STATE_FILE, USERS } from "./e2e-env";

async function waitForHealth(url: string, deadlineMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("Lotse exited during start-up; see its output above.");
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Lotse did not become healthy at ${url} within ${deadlineMs / 1000} s`);
}

/**
 * `next build` adds its build directory's `types/` to tsconfig.json's `include`. The e2e build has
 * its own directory, so when that is the only change, put the file back as it was, with its old
 * modification time (a newer tsconfig.json would count as a changed source and force a rebuild on
 * every run). Any other change is someone else's edit and stays.
 */
function keepTsconfig(): () => void {
  const path = "tsconfig.json";
  const text = readFileSync(path, "utf8");
  const { atime, mtime } = statSync(path);
  const withoutE2eTypes = (json: string) => {
    const config = JSON.parse(json) as { include?: string[] };
    config.include = config.include?.filter((entry) => !entry.startsWith(`${E2E_NEXT_DIR}/`));
    return JSON.stringify(config);
  };
  return () => {
    const now = readFileSync(path, "utf8");
    if (now === text || withoutE2eTypes(now) !== withoutE2eTypes(text)) return;
    writeFileSync(path, text);
    utimesSync(path, atime, mtime);
  };
}

export default async function globalSetup(): Promise<void> {
  rmSync(E2E_ROOT, { recursive: true, force: true });
  mkdirSync(E2E_ROOT, { recursive: true });
  const env = {
    ...process.env,
    PORT: String(E2E_PORT),
    LOTSE_DATA_DIR: E2E_DATA_DIR,
    LOTSE_EMBEDDED_PG_PORT: String(E2E_DB_PORT),
    LOTSE_ADMIN_EMAIL: USERS.admin.email,
    LOTSE_ADMIN_PASSWORD: USERS.admin.password,
    LOTSE_LOGIN_MAX_FAILURES: "5",
    // Its own build directory, so an e2e build never collides with a developer's `.next`.
    LOTSE_NEXT_DIR: E2E_NEXT_DIR,
    DATABASE_URL: "",
  };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  const server = spawn("npx", ["tsx", "scripts/lotse-start.ts"], { env, stdio: "inherit", detached: true });
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ pid: server.pid }));
  const restoreTsconfig = keepTsconfig();
  try {
    // First start builds the production bundle: allow for it on a 2-core machine.
    await waitForHealth(`http://localhost:${E2E_PORT}/api/health`, 600_000, () => server.exitCode === null);
  } finally {
    restoreTsconfig();
  }
  for (const role of ["engineer", "auditor", "viewer"] as const) {
    execFileSync(
      "npx",
      [
        "tsx",
        "scripts/lotse-cli.ts",
        "user",
        "create",
        "--email",
        USERS[role].email,
        "--role",
        role,
        "--password",
        USERS[role].password,
      ],
      {
        env,
        stdio: "pipe",
      },
    );
  }
  server.unref();
}
