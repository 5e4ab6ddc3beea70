import { seedHistory, type SeedHistoryResult } from "@/lib/server/history/seed-history";
import { disconnectDb } from "@/lib/server/store/db";
import { openLocalDatabase } from "@/lib/server/store/embedded/open-local-database";
import type { Fleet } from "@/lib/sim/fleet";
import { listChangeDays, type Scenario } from "@/lib/sim/scenario";
import { describeApiError, type ApiRequest } from "./demo-api-client";
import { waitForFirstEvaluations } from "./demo-wait-for-evaluations";

// A tarpitted cluster's first collection ends at the collection deadline (120 s by default).
const FIRST_EVALUATION_TIMEOUT_MS = 180_000;

/**
 * Seeds the demo's history in this process (it has the fleet): waits until Lotse's worker has
 * evaluated every cluster once (history is joined to that first evaluation, so the worker and the
 * replay never touch the same finding states), connects to the database Lotse uses (DATABASE_URL,
 * or the embedded PostgreSQL that lotse-start runs for `dataDir`), replays the scenario's timeline
 * with lib/server/history, then asks for a fresh collection of every cluster (the worker may
 * have read the simulator at a past day meanwhile).
 */
export async function seedDemoHistory({
  fleet,
  scenario,
  dataDir,
  api,
  clusterIds,
  log,
}: {
  fleet: Fleet;
  scenario: Scenario;
  dataDir: string;
  api: ApiRequest;
  clusterIds: readonly string[];
  log: (line: string) => void;
}): Promise<SeedHistoryResult> {
  log("waiting for the first collection of every cluster…");
  const unevaluated = await waitForFirstEvaluations({ api, clusterIds, timeoutMs: FIRST_EVALUATION_TIMEOUT_MS });
  if (unevaluated > 0) log(`${unevaluated} clusters have no evaluation yet and get no history`);
  const database = await openLocalDatabase({ dataDir });
  // The credentials are decrypted with the key in the data directory, as the worker does.
  process.env.DATABASE_URL = database.connectionString;
  process.env.LOTSE_DATA_DIR = dataDir;
  try {
    const result = await seedHistory({
      showDay: (day) => fleet.showDay(day),
      changeDays: listChangeDays({ scenario }),
      onlyEvaluated: true,
      onDay: ({ day, index, total }) => {
        if (index === 0 || day === 0 || index % 5 === 0) log(`seeding history: day ${day} (${index + 1} of ${total})`);
      },
    });
    if (result.days.length > 0) {
      const collect = await api({ method: "POST", path: "/api/v1/fleet/collect" });
      if (collect.status !== 202) log(`could not ask for a fresh collection: ${describeApiError(collect)}`);
    }
    return result;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

/** The summary's "History:" line. */
export function describeSeededHistory(result: SeedHistoryResult): string {
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "?";
  if (result.seededClusters === 0)
    return `nothing to seed (${result.skippedClusters} clusters already have history from before the timeline's first day, or no evaluation yet)`;
  const problems = result.problems.length > 0 ? `; ${result.problems.length} collections could not be replayed` : "";
  return (
    `${result.evaluations} evaluations on ${result.days.length} days (${day(result.from)} … ${day(result.to)}, ` +
    `weekly and on every timeline change) for ${result.seededClusters} clusters${problems}`
  );
}
