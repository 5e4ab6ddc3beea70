import { describe, expect, it } from "vitest";
import type { EvaluationHistoryRow } from "@/lib/server/store/evaluations/find-evaluation-history";
import { compareVersions } from "./compare-versions";
import { toTrendsView } from "./to-trends-view";
import { countDays, listDays } from "./trend-days";

const FRAMEWORKS = [
  { id: "cis-k8s", name: "CIS Kubernetes Benchmark", version: "1.10" },
  { id: "gdpr", name: "GDPR", version: "2016/679" },
];
const NOW = new Date("2026-11-10T12:00:00.000Z");

function row(clusterId: string, at: string, cis: number | null, fail: number, catalogVersion = "1.0.0") {
  return {
    clusterId,
    evaluatedAt: new Date(at),
    catalogVersion,
    frameworks: { "cis-k8s": { score: cis, pass: 10, fail }, gdpr: { score: 1, pass: 2, fail: 0 } },
  } satisfies EvaluationHistoryRow;
}

const view = (rows: EvaluationHistoryRow[], clusterIds = ["a", "b"]) =>
  toTrendsView({
    scope: { kind: "fleet" },
    from: "2026-11-01",
    to: "2026-11-04",
    clusterIds,
    frameworks: FRAMEWORKS,
    rows,
    now: NOW,
  });

describe("toTrendsView", () => {
  it("carries each cluster's latest evaluation forward to every day's end and averages the scores", () => {
    const trends = view([
      row("a", "2026-10-20T08:00:00Z", 0.5, 4), // before the range: in force on the first day
      row("a", "2026-11-02T09:00:00Z", 0.7, 3),
      row("a", "2026-11-02T23:59:59Z", 0.9, 1), // later the same day: this one counts
      row("b", "2026-11-03T00:00:00Z", 0.5, 5),
    ]);
    const cis = trends.series.find((series) => series.frameworkId === "cis-k8s")!;
    expect(cis.points).toEqual([
      { day: "2026-11-01", score: 0.5, failing: 4, clusters: 1, notYetEvaluated: 1 },
      { day: "2026-11-02", score: 0.9, failing: 1, clusters: 1, notYetEvaluated: 1 },
      { day: "2026-11-03", score: 0.7, failing: 6, clusters: 2, notYetEvaluated: 0 },
      { day: "2026-11-04", score: 0.7, failing: 6, clusters: 2, notYetEvaluated: 0 },
    ]);
    expect(trends.series.map((series) => series.frameworkName)).toEqual(["CIS Kubernetes Benchmark", "GDPR"]);
    expect(trends.hasHistory).toBe(true);
    expect(trends.clusterCount).toBe(2);
  });

  it("leaves clusters without a score out of the mean and days before any evaluation empty", () => {
    const trends = view([row("a", "2026-11-03T10:00:00Z", null, 0), row("b", "2026-11-04T10:00:00Z", 0.25, 2)]);
    expect(trends.series[0]!.points.map(({ score, failing, clusters }) => ({ score, failing, clusters }))).toEqual([
      { score: null, failing: null, clusters: 0 },
      { score: null, failing: null, clusters: 0 },
      { score: null, failing: 0, clusters: 0 },
      { score: 0.25, failing: 2, clusters: 1 },
    ]);
  });

  it("marks the days the newest catalog version in use changed", () => {
    const trends = view([
      row("a", "2026-10-30T10:00:00Z", 0.5, 1, "1.0.0"),
      row("a", "2026-11-03T10:00:00Z", 0.6, 1, "1.10.0"),
      row("b", "2026-11-04T10:00:00Z", 0.6, 1, "1.2.0"),
    ]);
    expect(trends.catalogChanges).toEqual([{ day: "2026-11-03", version: "1.10.0", previousVersion: "1.0.0" }]);
  });

  it("says when there is no history at all", () => {
    const trends = view([]);
    expect(trends.hasHistory).toBe(false);
    expect(trends.series[0]!.points.every((point) => point.score === null && point.notYetEvaluated === 2)).toBe(true);
  });
});

describe("trend days and versions", () => {
  it("lists days across a month end, both ends included", () => {
    expect(listDays("2026-10-30", "2026-11-02")).toEqual(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]);
    expect(countDays("2026-01-01", "2026-12-31")).toBe(365);
  });

  it("orders versions numerically", () => {
    expect(compareVersions("1.10.0", "1.9.3")).toBe(1);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0", "1.0.1")).toBe(-1);
  });
});
