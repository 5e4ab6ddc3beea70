import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as trendsRoute } from "@/app/api/v1/trends/route";
import type { TrendPoint, TrendsView } from "@/lib/shared/trends-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { replayTime } from "@/lib/server/history/plan-replay-days";
import { seedHistory } from "@/lib/server/history/seed-history";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";
import { addDays, toDay } from "./trend-days";

// A hardened kubeadm cluster that gains a system:anonymous binding on day -6 and a managed cloud
// cluster. History: catalog 0.9.0 from day -30 to -20, the current catalog from day -10 to today.
const NOW = new Date();
const TODAY = toDay(NOW);
const dayAt = (offset: number) => toDay(replayTime({ day: offset, now: NOW }));

describe("GET /api/v1/trends", () => {
  let fleet: Fleet;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  const trends = async (query: string, { isAnonymous = false } = {}) =>
    callRoute({ handler: trendsRoute, path: `/api/v1/trends${query}`, token: isAnonymous ? undefined : tokens.viewer });
  const pointOn = (view: TrendsView, frameworkId: string, day: string): TrendPoint =>
    view.series.find((series) => series.frameworkId === frameworkId)!.points.find((point) => point.day === day)!;

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const demo = await loadScenario({ path: "scenarios/default.yaml" });
    const groups = (demo.groups ?? [])
      .filter((group) => ["legacy-{n:02}", "cloud-{n:02}"].includes(group.name))
      .map((group) => ({ ...group, count: 1, overrides: undefined, cycle: undefined }))
      .map((group) => (group.name.startsWith("legacy") ? { ...group, profile: "kubeadm-hardened" as const } : group));
    const timeline = [{ day: -6, cluster: "legacy-01", change: { posture: { anonymousBinding: true } } }];
    fleet = await startSimFleet({ scenario: { ...demo, environments: {}, groups, clusters: [], timeline } });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin, schedule: "0 0 1 1 *" });
    const showDay = (day: { day: number }) => fleet.showDay(day);
    await seedHistory({ showDay, changeDays: [-6], firstDay: -10, stepDays: 1, now: NOW });
    const older = { ...getEvaluationCatalog(), version: "0.9.0" };
    const result = await seedHistory({
      showDay,
      changeDays: [],
      firstDay: -10,
      stepDays: 5,
      now: new Date(NOW.getTime() - 20 * 86_400_000),
      catalog: older,
    });
    expect(result.days).toEqual([-10, -5, 0]);
  }, 120_000);

  afterAll(async () => {
    await fleet?.close();
  });

  it("has the last 30 days of the fleet by default, one point per day and framework", async () => {
    const answer = await trends("");
    expect(answer.status, answer.text).toBe(200);
    const view = answer.json as TrendsView;
    expect(view).toMatchObject({ scope: { kind: "fleet" }, from: addDays(TODAY, -29), to: TODAY, clusterCount: 2 });
    expect(view.series).toHaveLength(7);
    expect(view.series.every((series) => series.points.length === 30)).toBe(true);
    expect(view.hasHistory).toBe(true);
  });

  it("shows a cluster's score falling and its failing controls rising on the day its posture changed", async () => {
    const legacy = ids.get("legacy-01")!;
    const view = (await trends(`?clusterId=${legacy}&framework=cis-k8s&from=${dayAt(-8)}&to=${TODAY}`))
      .json as TrendsView;
    expect(view.scope).toEqual({ kind: "cluster", clusterId: legacy, clusterName: "legacy-01" });
    expect(view.series.map((series) => series.frameworkId)).toEqual(["cis-k8s"]);
    const [before, after] = [pointOn(view, "cis-k8s", dayAt(-7)), pointOn(view, "cis-k8s", dayAt(-6))];
    expect(after.failing!).toBeGreaterThan(before.failing!);
    expect(after.score!).toBeLessThan(before.score!);
    expect(pointOn(view, "cis-k8s", TODAY)).toMatchObject({ failing: after.failing, clusters: 1 });
  });

  it("averages an environment and the fleet, leaving out clusters not yet evaluated, and marks the catalog change", async () => {
    const from = dayAt(-35);
    const fleetView = (await trends(`?framework=cis-k8s&from=${from}&to=${TODAY}`)).json as TrendsView;
    expect(pointOn(fleetView, "cis-k8s", from)).toMatchObject({ score: null, failing: null, notYetEvaluated: 2 });
    expect(pointOn(fleetView, "cis-k8s", dayAt(-25))).toMatchObject({ clusters: 2, notYetEvaluated: 0 });
    expect(fleetView.catalogChanges).toEqual([
      { day: dayAt(-10), version: getEvaluationCatalog().version, previousVersion: "0.9.0" },
    ]);

    const cluster = (await trends(`?clusterId=${ids.get("cloud-01")}&framework=cis-k8s`)).json as TrendsView;
    const onPrem = (await trends(`?environment=on-prem&framework=cis-k8s`)).json as TrendsView;
    const legacy = (await trends(`?clusterId=${ids.get("legacy-01")}&framework=cis-k8s`)).json as TrendsView;
    expect(onPrem.scope).toEqual({ kind: "environment", environment: "on-prem" });
    expect(onPrem.series[0]!.points).toEqual(legacy.series[0]!.points);
    const today = pointOn(fleetView, "cis-k8s", TODAY);
    const [a, b] = [pointOn(cluster, "cis-k8s", TODAY), pointOn(legacy, "cis-k8s", TODAY)];
    expect(today.score!).toBeCloseTo((a.score! + b.score!) / 2, 12);
    expect(today.failing).toBe(a.failing! + b.failing!);
  });

  it("answers bad input with 400, an unknown cluster with 404 and anonymous callers with 401", async () => {
    const cases: [string, RegExp][] = [
      [`?from=${TODAY}&to=${dayAt(-3)}`, /from: must not be after to/],
      [`?from=${dayAt(-400)}`, /more than 400 days/],
      ["?from=2026-02-30", /not a calendar date/],
      ["?to=yesterday", /YYYY-MM-DD/],
      ["?framework=iso-9001", /unknown framework "iso-9001"/],
      ["?environment=moon", /environment/],
      [`?clusterId=${ids.get("cloud-01")}&environment=cloud`, /clusterId or environment, not both/],
      ["?colour=red", /colour/],
    ];
    for (const [query, message] of cases) {
      const answer = await trends(query);
      expect(answer.status, query).toBe(400);
      expect((answer.json as { error: { message: string } }).error.message, query).toMatch(message);
    }
    expect((await trends("?clusterId=00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await trends("", { isAnonymous: true })).status).toBe(401);
  });
});
