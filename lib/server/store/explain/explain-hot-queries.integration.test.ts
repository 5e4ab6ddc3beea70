import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { explainHotQueries, type HotQueryPlan } from "./explain-hot-queries";
import { seedPlanData } from "@/lib/server/store/testing/seed-plan-data";

// A year-plus of history for 30 clusters (~90k finding states, 60k evaluations, 90k runs, 84k
// rollup rows), analyzed: enough that a sequential scan costs the planner far more than an index.
// enable_seqscan stays on, so a missing index shows up as a Seq Scan rather than being hidden.
describe("hot query plans", () => {
  let plans: HotQueryPlan[];

  beforeAll(async () => {
    await resetDatabase();
    await seedPlanData();
    plans = await explainHotQueries({ checkIds: ["check-1", "check-2", "check-3", "check-4", "check-5"] });
  }, 180_000);

  it("explains every hot query of the heatmap, trends, cluster findings and evidence packs", () => {
    expect(plans.map((plan) => plan.name)).toEqual([
      "heatmap.latestEvaluations",
      "heatmap.currentStatuses",
      "trends.frameworkDays",
      "cluster.currentFindings",
      "evidence.periodStates",
      "evidence.countPeriodStates",
      "evidence.successTimes",
      "evidence.evaluationAt",
    ]);
    for (const plan of plans) expect(plan.nodeTypes.length, plan.name).toBeGreaterThan(0);
  });

  it("never sequentially scans finding_states, evaluations, collection_runs or the rollups", () => {
    const offenders = plans
      .filter((plan) => plan.hasLargeSeqScan)
      .map((plan) => `${plan.name}: ${plan.seqScanTables.join(", ")} (${plan.nodeTypes.join(" > ")})`);
    expect(offenders).toEqual([]);
  });

  it("reads the trends from the rollups' primary key", () => {
    const trends = plans.find((plan) => plan.name === "trends.frameworkDays")!;
    expect(JSON.stringify(trends.plan)).toContain("cluster_framework_days_pkey");
  });
});
