// `npm run demo`: Lotse with a simulated 30-cluster fleet. Starts the fleet (lib/sim) in this process
// and Lotse (scripts/lotse-start.ts, embedded PostgreSQL) as a child with its data in .data/demo,
// registers every simulated cluster with its real credentials through Lotse's own API, replays the
// scenario's timeline into backdated history (lib/server/history), prints the URL and sign-in,
// and serves until Ctrl-C / SIGTERM, which stops Lotse and then the fleet.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { startFleet, type Fleet } from "@/lib/sim/fleet";
import { loadScenario, type Scenario } from "@/lib/sim/scenario";
import { createApiClient, type ApiRequest } from "./demo-api-client";
import { createAdminToken, revokeTokenByName } from "./demo-api-token";
import { DEMO_USAGE, parseDemoArgs, type DemoArgs } from "./demo-args";
import { checkSignInAccount } from "./demo-check-sign-in";
import { startLotseProcess, type LotseProcess } from "./demo-lotse-process";
import { assertPortFree, findFreePort } from "./demo-ports";
import { registerFleet } from "./demo-register-fleet";
import { describeSeededHistory, seedDemoHistory } from "./demo-seed-history";
import { resolveDemoSignIn } from "./demo-sign-in";
import { printDemoSummary } from "./demo-summary";
import { testConnections } from "./demo-test-connections";
import { waitForHealth } from "./demo-wait-for-health";

// The first start builds the web app: about two minutes on two cores, more on a busy machine.
const HEALTH_TIMEOUT_MS = 15 * 60_000;

const log = (line: string) => console.log(`demo: ${line}`);

let args: DemoArgs;
try {
  args = parseDemoArgs({ argv: process.argv.slice(2) });
} catch (error) {
  console.error(`demo: ${(error as Error).message}\n\n${DEMO_USAGE}`);
  process.exit(2);
}
if (args.isHelp) {
  console.log(DEMO_USAGE);
  process.exit(0);
}

const dataDir = path.resolve(process.env.LOTSE_DATA_DIR || ".data/demo");
const port = Number(process.env.PORT || 3000);
const listenHost = process.env.LOTSE_HOST || "127.0.0.1";
const apiBaseUrl = `http://${["0.0.0.0", "::"].includes(listenHost) ? "127.0.0.1" : listenHost}:${port}`;
const publicUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;

let fleet: Fleet | undefined;
let lotse: LotseProcess | undefined;
let isLotseServing = false;
let stopping: Promise<never> | undefined;

/** Stops Lotse (web, worker, database) first, then the fleet it reads; the first caller's code wins. */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    if (lotse || fleet) log("stopping Lotse and the fleet…");
    await lotse?.stop({ isServing: isLotseServing });
    await fleet?.close();
    if (lotse || fleet) log("stopped");
    process.exit(code);
  })();
  return stopping;
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a TCP port, got ${process.env.PORT}`);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  log(`data directory ${dataDir}`);
  await assertPortFree({ host: listenHost, port });
  const signIn = await resolveDemoSignIn({
    dataDir,
    email: process.env.LOTSE_ADMIN_EMAIL,
    password: process.env.LOTSE_ADMIN_PASSWORD,
    hasExistingDatabase: !process.env.DATABASE_URL && existsSync(path.join(dataDir, "postgres", "PG_VERSION")),
  });

  const scenario = await loadScenario({ path: args.scenarioPath });
  fleet = await startFleet({ scenario, outDir: path.join(dataDir, "sim"), scenarioPath: args.scenarioPath });
  log(
    `fleet "${scenario.name ?? args.scenarioPath}" up: ${fleet.clusters.length} clusters in ${fleet.startup.durationMs} ms`,
  );

  if (process.env.DATABASE_URL) log("using the database at DATABASE_URL (not the embedded one)");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Note: an empty value keeps a DATABASE_URL in .env (a real install's database) from reaching
    // lotse-start and the CLI; only one set explicitly for the demo counts.
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    LOTSE_DATA_DIR: dataDir,
    PORT: String(port),
    // Quieter than `npm start` (which logs every audit event): the summary should stay readable.
    LOTSE_LOG_LEVEL: process.env.LOTSE_LOG_LEVEL || "warn",
    LOTSE_ADMIN_EMAIL: signIn.email,
    LOTSE_ADMIN_PASSWORD: signIn.passwordSource === "unknown" ? "" : signIn.password,
    // A port of its own, so the demo runs beside `npm start` (54329); the CLI finds it in the data directory.
    LOTSE_EMBEDDED_PG_PORT: process.env.LOTSE_EMBEDDED_PG_PORT || String(await findFreePort()),
  };
  const started = startLotseProcess({ env });
  lotse = started;
  void started.exited.then((code) => {
    if (stopping) return;
    console.error(`demo: Lotse stopped unexpectedly (exit ${code}); see its output above`);
    void stopAll(1);
  });
  log(`waiting for Lotse at ${apiBaseUrl}/api/health …`);
  await waitForHealth({ baseUrl: apiBaseUrl, timeoutMs: HEALTH_TIMEOUT_MS, stopped: started.exited });
  isLotseServing = true;

  const tokenName = `npm run demo ${new Date().toISOString()}`;
  const api = createApiClient({ baseUrl: apiBaseUrl, token: await createAdminToken({ name: tokenName, env }) });
  try {
    const registered = await registerFleet({ api, clusters: fleet.manifest.clusters });
    const checks = await testConnections({ api, clusters: registered });
    const signInWarning = await checkSignInAccount({ api, email: signIn.email });
    const history = await seedHistoryOrExplain({ fleet, scenario, api, clusterIds: registered.map(({ id }) => id) });
    printDemoSummary({
      publicUrl,
      signIn,
      signInWarning,
      registered,
      checks,
      manifestPath: fleet.manifestPath,
      history,
    });
  } finally {
    // The token was only for registering; revoke it so no admin credential outlives this step.
    await revokeTokenByName({ api, name: tokenName }).catch((error: unknown) =>
      console.error(`demo: could not revoke the API token "${tokenName}": ${(error as Error).message}`),
    );
  }
}

/** Replays the timeline into backdated history (trends start with ~90 days); a failure is reported, not fatal. */
async function seedHistoryOrExplain({
  fleet,
  scenario,
  api,
  clusterIds,
}: {
  fleet: Fleet;
  scenario: Scenario;
  api: ApiRequest;
  clusterIds: string[];
}): Promise<string> {
  try {
    const result = await seedDemoHistory({ fleet, scenario, dataDir, api, clusterIds, log });
    for (const problem of result.problems.slice(0, 5)) log(`history: ${problem}`);
    return describeSeededHistory(result);
  } catch (error) {
    return `not seeded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

main().catch((error: unknown) => {
  if (stopping) return;
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  void stopAll(1);
});
