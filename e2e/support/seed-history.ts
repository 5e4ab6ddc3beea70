// e2e support: a small simulated fleet with 90 days of replayed history. The fleet and the
// replay (lib/server/history) run in a child process under tsx, which loads what Playwright's
// loader cannot (lib/server imports package.json); this module drives it and the API.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { expect, type APIRequestContext } from "@playwright/test";
import type { FleetManifest } from "@/lib/sim/fleet";
import type { Scenario } from "@/lib/sim/scenario";
import { e2eDatabaseUrl, registerAndEvaluate } from "./demo-fleet";
import { E2E_DATA_DIR } from "./e2e-env";

export const OLDER_CATALOG_VERSION = "0.9.0";
/** The catalog in force changes this many days ago (history before it is evaluated as 0.9.0). */
export const CATALOG_CHANGE_DAY = -29;

export interface SeededFleet {
  /** Cluster name → Lotse id. */
  ids: Map<string, string>;
  stop: () => Promise<void>;
}

/** Three clusters of the default fleet (no latency) whose posture drifts and recovers over 90 days. */
function trendScenario(demo: Scenario): Scenario {
  const groups = (demo.groups ?? [])
    .filter((group) => ["edge-{n:02}", "legacy-{n:02}", "cloud-{n:02}"].includes(group.name))
    .map((group) => ({ ...group, count: 1, overrides: undefined, cycle: undefined }))
    .map((group) => (group.name.startsWith("legacy") ? { ...group, profile: "kubeadm-hardened" as const } : group))
    // Without Ratify, cloud-01's image verification rests on the Sigstore policy controller alone,
    // so turning it off and on again moves the CIS score (5.5.1) as well as the seed check's.
    .map((group) =>
      group.name.startsWith("cloud") ? { ...group, admission: { ...group.admission, ratify: false } } : group,
    );
  return {
    ...demo,
    name: "e2e-trends",
    environments: {},
    groups,
    clusters: [],
    timeline: [
      { day: -90, cluster: "cloud-01", change: { admission: { sigstorePolicyController: false } } },
      { day: -70, cluster: "legacy-01", change: { posture: { anonymousBinding: true } } },
      { day: -45, cluster: "edge-01", change: { posture: { namespacesWithoutPsa: 2 } } },
      { day: -20, cluster: "cloud-01", change: { admission: { sigstorePolicyController: true } } },
      { day: -10, cluster: "legacy-01", change: { posture: { anonymousBinding: false } } },
    ],
  };
}

/** One JSON line from the child, or an error naming what it printed before it ended. */
function nextMessage(lines: AsyncIterator<string>, child: { exitCode: number | null }): Promise<unknown> {
  return lines.next().then((line) => {
    if (line.done) throw new Error(`the seeding process ended (exit ${child.exitCode})`);
    return JSON.parse(line.value) as unknown;
  });
}

/**
 * A small simulated fleet registered through the API and collected once by Lotse's worker, then
 * given 90 days of history by lib/server/history run against the e2e database: the last 30 days
 * with the current catalog, the 60 before with catalog 0.9.0 (so the chart has a catalog marker).
 * `stop` deletes the clusters and stops the simulator.
 */
export async function seedTrendHistory({
  request,
  baseURL,
}: {
  request: APIRequestContext;
  baseURL: string;
}): Promise<SeededFleet> {
  const connectionString = await e2eDatabaseUrl();
  const child = spawn(process.execPath, ["--import", "tsx", "e2e/support/seed-history.ts"], {
    env: { ...process.env, DATABASE_URL: connectionString, LOTSE_DATA_DIR: E2E_DATA_DIR, LOTSE_E2E_SEED_CHILD: "1" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ids = new Map<string, string>();
  const stop = async () => {
    for (const id of ids.values()) await request.delete(`/api/v1/clusters/${id}`, { headers: { origin: baseURL } });
    child.stdin.end();
    if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
  };
  try {
    const { manifest } = (await nextMessage(lines, child)) as { manifest: FleetManifest };
    // The worker's first evaluation of each cluster comes first; history is put before it.
    await registerAndEvaluate({ request, baseURL, clusters: manifest.clusters, ids, timeoutMs: 120_000 });
    child.stdin.write("seed\n");
    const { problems } = (await nextMessage(lines, child)) as { problems: string[] };
    expect(problems).toEqual([]);
    return { ids, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The child: starts the fleet, says where it is, seeds on "seed", stops when stdin closes. */
async function runSeedChild(): Promise<void> {
  const [
    { startFleet },
    { listChangeDays, loadScenario },
    { seedHistory },
    { getEvaluationCatalog },
    { disconnectDb },
  ] = await Promise.all([
    import("@/lib/sim/fleet"),
    import("@/lib/sim/scenario"),
    import("@/lib/server/history/seed-history"),
    import("@/lib/server/evaluations/evaluation-catalog"),
    import("@/lib/server/store/db"),
  ]);
  const scenario = trendScenario(await loadScenario({ path: "scenarios/default.yaml" }));
  const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-trends-"));
  const fleet = await startFleet({ scenario, outDir });
  const say = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
  say({ manifest: fleet.manifest });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== "seed") continue;
    const changeDays = listChangeDays({ scenario });
    const now = new Date();
    const recent = await seedHistory({
      showDay: (day) => fleet.showDay(day),
      changeDays,
      firstDay: CATALOG_CHANGE_DAY,
      stepDays: 1,
      now,
      onlyEvaluated: true,
    });
    // Days -90 … -30, shown by the simulator as those days, stamped relative to 30 days ago.
    const shift = CATALOG_CHANGE_DAY - 1;
    const older = await seedHistory({
      showDay: ({ day }) => fleet.showDay({ day: day + shift }),
      changeDays: changeDays.map((day) => day - shift),
      firstDay: -90 - shift,
      stepDays: 3,
      now: new Date(now.getTime() + shift * 86_400_000),
      catalog: { ...getEvaluationCatalog(), version: OLDER_CATALOG_VERSION },
      onlyEvaluated: true,
    });
    say({ problems: [...recent.problems, ...older.problems], days: recent.days.length + older.days.length });
  }
  await disconnectDb();
  await fleet.close();
  await rm(outDir, { recursive: true, force: true });
}

if (process.env.LOTSE_E2E_SEED_CHILD === "1" && import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSeedChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
