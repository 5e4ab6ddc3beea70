import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { listChangeDays, loadScenario, type Scenario } from "@/lib/sim/scenario";
import { replayTime } from "./plan-replay-days";
import { seedHistory } from "./seed-history";

// Two clusters of the default fleet without latency; the hardened legacy-01 gains a system:anonymous binding on day -6.
const CHECK = "seed.anonymous-rbac";
const NOW = new Date("2026-11-20T12:00:00.000Z");
const YEARLY = "0 0 1 1 *";

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
    timeline: [{ day: -6, cluster: "legacy-01", change: { posture: { anonymousBinding: true } } }],
  };
}

describe("seedHistory", () => {
  let fleet: Fleet;
  let scenario: Scenario;
  let ids: Map<string, string>;

  const seed = (options: { firstDay: number; now: Date }) =>
    seedHistory({
      showDay: (day) => fleet.showDay(day),
      changeDays: listChangeDays({ scenario }),
      stepDays: 5,
      ...options,
    });
  const anonymousStates = () =>
    getDb().findingState.findMany({
      where: { clusterId: ids.get("legacy-01")!, checkId: CHECK, subjectKey: "cluster" },
      orderBy: { since: "asc" },
    });

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

  it("replays the timeline into backdated runs and evaluations, and the changed finding's state interval", async () => {
    const result = await seed({ firstDay: -10, now: NOW });
    expect(result.days).toEqual([-10, -6, -5, 0]);
    expect(result).toMatchObject({
      seededClusters: 2,
      skippedClusters: 0,
      evaluations: 8,
      failedRuns: 0,
      problems: [],
    });

    for (const clusterId of ids.values()) {
      const runs = await getDb().collectionRun.findMany({ where: { clusterId }, orderBy: { queuedAt: "asc" } });
      expect(runs.map((run) => run.queuedAt)).toEqual(result.days.map((day) => replayTime({ day, now: NOW })));
      expect(runs.every((run) => run.trigger === "schedule" && run.status === "succeeded")).toBe(true);
      const evaluations = await getDb().evaluation.findMany({ where: { clusterId }, orderBy: { evaluatedAt: "asc" } });
      expect(evaluations.map((evaluation) => evaluation.runId)).toEqual(runs.map((run) => run.id));
      expect(evaluations.map((evaluation) => evaluation.evaluatedAt)).toEqual(runs.map((run) => run.finishedAt));
      const cluster = await getDb().cluster.findUniqueOrThrow({ where: { id: clusterId } });
      expect(cluster.lastSuccessAt).toEqual(runs.at(-1)!.finishedAt);
    }

    // PASS until the day -6 collection, FAIL from then on.
    const changedAt = (await getDb().collectionRun.findFirstOrThrow({
      where: { clusterId: ids.get("legacy-01")!, queuedAt: replayTime({ day: -6, now: NOW }) },
    }))!.finishedAt;
    const states = await anonymousStates();
    expect(states.map(({ status, until }) => ({ status, until }))).toEqual([
      { status: "PASS", until: changedAt },
      { status: "FAIL", until: null },
    ]);
    expect(states[1]!.since).toEqual(changedAt);
    expect(states[0]!.since.getTime()).toBeLessThan(replayTime({ day: -9, now: NOW }).getTime());
  });

  it("adds nothing when run again", async () => {
    await seed({ firstDay: -10, now: NOW });
    const counts = async () => [await getDb().evaluation.count(), await getDb().collectionRun.count()];
    const before = await counts();
    const again = await seed({ firstDay: -10, now: new Date(NOW.getTime() + 3_600_000) });
    expect(again).toMatchObject({ days: [], seededClusters: 0, skippedClusters: 2, evaluations: 0 });
    expect(await counts()).toEqual(before);
  });

  it("puts history before a cluster's first evaluation and joins the states that did not change", async () => {
    // The first evaluation of each cluster, as the demo's worker makes it right after registration.
    await seed({ firstDay: 0, now: NOW });
    const firstOpen = await getDb().findingState.count({ where: { until: null } });
    const result = await seed({ firstDay: -10, now: new Date(NOW.getTime() - 3_600_000) });
    expect(result).toMatchObject({ days: [-10, -6, -5, 0], seededClusters: 2, problems: [] });

    // Still exactly the current states of the first evaluation; the FAIL one now starts on day -6.
    expect(await getDb().findingState.count({ where: { until: null } })).toBe(firstOpen);
    const states = await anonymousStates();
    expect(states.map(({ status, until }) => ({ status, isOpen: until === null }))).toEqual([
      { status: "PASS", isOpen: false },
      { status: "FAIL", isOpen: true },
    ]);
    expect(states[1]!.since.getTime()).toBeLessThan(replayTime({ day: -5, now: NOW }).getTime());
    const broken = await getDb().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM finding_states WHERE until IS NOT NULL AND until < since`;
    expect(Number(broken[0]!.n)).toBe(0);
  });
});
