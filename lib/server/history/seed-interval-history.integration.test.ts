import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario, type Scenario } from "@/lib/sim/scenario";
import { planHistorySlots } from "./plan-history-slots";
import { seedIntervalHistory } from "./seed-interval-history";

// Two clusters of the default fleet without latency; legacy-01 gains a system:anonymous binding on day -1.
const CHECK = "seed.anonymous-rbac";
const NOW = new Date("2026-11-20T12:00:00.000Z");
const YEARLY = "0 0 1 1 *";
const DAY_MS = 86_400_000;

async function smallScenario(): Promise<Scenario> {
  const demo = await loadScenario({ path: "scenarios/default.yaml" });
  const groups = (demo.groups ?? [])
    .filter((group) => ["legacy-{n:02}", "cloud-{n:02}"].includes(group.name))
    .map((group) => ({ ...group, count: 1, overrides: undefined, cycle: undefined }))
    .map((group) => (group.name.startsWith("legacy") ? { ...group, profile: "kubeadm-hardened" as const } : group));
  return {
    ...demo,
    environments: {},
    groups,
    clusters: [],
    timeline: [{ day: -1, cluster: "legacy-01", change: { posture: { anonymousBinding: true } } }],
  };
}

describe("seedIntervalHistory", () => {
  let fleet: Fleet;
  let scenario: Scenario;
  let ids: Map<string, string>;

  beforeAll(async () => {
    scenario = await smallScenario();
    fleet = await startSimFleet({ scenario });
  });

  beforeEach(async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin, schedule: YEARLY });
  });

  afterAll(async () => {
    await fleet?.close();
  });

  const seed = async () =>
    seedIntervalHistory({
      scenario,
      showDay: (day) => fleet.showDay(day),
      clusters: await findClusters(),
      days: 3,
      interval: "6h",
      now: NOW,
      outages: [{ cluster: "cloud-01", fromSlot: 2, slots: 1 }],
      catalogChange: { at: new Date(NOW.getTime() - DAY_MS), previousVersion: "0.9.0" },
    });

  it("writes a run per slot, collects only when the state changes, and stores unchanged runs as nothing new", async () => {
    const slots = planHistorySlots({ days: 3, interval: "6h", now: NOW });
    const result = await seed();
    expect(result).toMatchObject({
      runs: 2 * slots.length,
      collected: 3, // both clusters on the first day, legacy-01 again on day -1
      outageRuns: 1,
      unchangedRuns: 2 * slots.length - 4,
      failedRuns: 1,
      problems: [],
    });

    // Unchanged runs add no snapshot: only the three collected states and the outage's are stored.
    expect(await getDb().snapshot.count()).toBe(4);
    expect(result.newSnapshots).toBe(4);
    // Every run was evaluated; only changed input became a new evaluation row, the rest confirmed the latest.
    expect(result.evaluations + result.confirmations).toBe(result.runs);
    expect(await getDb().evaluation.count()).toBe(result.evaluations);
    expect(result.evaluations).toBeLessThan(result.runs / 2);

    const cloudRuns = await getDb().collectionRun.findMany({
      where: { clusterId: ids.get("cloud-01")! },
      orderBy: { scheduledFor: "asc" },
    });
    expect(cloudRuns.map((run) => run.scheduledFor)).toEqual(slots.map((slot) => slot.at));
    expect(cloudRuns.map((run) => run.status)).toEqual(slots.map((_, index) => (index === 2 ? "failed" : "succeeded")));
    expect(new Set(cloudRuns.filter((run) => run.status === "succeeded").map((run) => run.snapshotHash)).size).toBe(1);

    // legacy-01: PASS until the day -1 collection, FAIL from then on, as two state intervals.
    const states = await getDb().findingState.findMany({
      where: { clusterId: ids.get("legacy-01")!, checkId: CHECK, subjectKey: "cluster" },
      orderBy: { since: "asc" },
    });
    expect(states.map((state) => state.status)).toEqual(["PASS", "FAIL"]);
    expect(states[0]!.until).toEqual(states[1]!.since);
    expect(states[1]!.since.toISOString().slice(0, 13)).toBe("2026-11-19T00");

    // The catalog changed a day before NOW: older evaluations carry the previous version.
    const versions = await getDb().evaluation.findMany({ select: { catalogVersion: true, evaluatedAt: true } });
    for (const { catalogVersion, evaluatedAt } of versions)
      expect(catalogVersion === "0.9.0").toBe(evaluatedAt.getTime() < NOW.getTime() - DAY_MS);
  });

  it("refuses clusters that already have history", async () => {
    await seed();
    await expect(seed()).rejects.toThrow("already have evaluations");
  });
});
