import { describe, expect, it } from "vitest";
import type { TrendsView } from "@/lib/shared/trends-view";
import { formatPercent, toTrendChartData } from "./trend-chart.adapter";
import { readTrendsSettings, toTrendsQuery, writeTrendsSettings } from "./trends-settings";

function view(scores: (number | null)[], overrides: Partial<TrendsView> = {}): TrendsView {
  const days = scores.map((_, index) => `2026-11-${String(index + 1).padStart(2, "0")}`);
  return {
    scope: { kind: "fleet" },
    from: days[0]!,
    to: days.at(-1)!,
    clusterCount: 3,
    frameworks: [{ id: "cis-k8s", name: "CIS Kubernetes Benchmark", version: "1.10" }],
    series: [
      {
        frameworkId: "cis-k8s",
        frameworkName: "CIS Kubernetes Benchmark",
        points: scores.map((score, index) => ({
          day: days[index]!,
          score,
          failing: score === null ? null : Math.round((1 - score) * 20),
          clusters: score === null ? 0 : 2,
          notYetEvaluated: 1,
        })),
      },
    ],
    catalogChanges: [{ day: "2026-11-02", version: "1.1.0", previousVersion: "1.0.0" }],
    hasHistory: scores.some((score) => score !== null),
    generatedAt: "2026-11-04T10:00:00.000Z",
    ...overrides,
  };
}

describe("toTrendChartData", () => {
  it("draws scores in percent, labels days, marks catalog changes and sums up the range", () => {
    const data = toTrendChartData(view([null, 0.8, 0.875, 0.9]), "cis-k8s")!;
    expect(data.points.map(({ label, score, failing }) => ({ label, score, failing }))).toEqual([
      { label: "1 Nov", score: null, failing: null },
      { label: "2 Nov", score: 80, failing: 4 },
      { label: "3 Nov", score: 87.5, failing: 3 },
      { label: "4 Nov", score: 90, failing: 2 },
    ]);
    expect(data.markers).toEqual([{ day: "2026-11-02", label: "Catalog 1.1.0" }]);
    expect(data).toMatchObject({
      hasData: true,
      latestScore: "90 %",
      latestFailing: "2",
      change: { value: "+10 points", caption: "change since 2 Nov", direction: "up" },
      coverage: "3 clusters · 1 not evaluated yet",
    });
  });

  it("says when the score fell, stayed or cannot be compared", () => {
    expect(toTrendChartData(view([0.9, 0.85]), "cis-k8s")!.change).toEqual({
      value: "−5 points",
      caption: "change since 1 Nov",
      direction: "down",
    });
    expect(toTrendChartData(view([0.5, 0.5]), "cis-k8s")!.change.direction).toBe("flat");
    expect(toTrendChartData(view([null, 0.5]), "cis-k8s")!.change.direction).toBe("none");
  });

  it("has no data without history, and names a single cluster", () => {
    const empty = toTrendChartData(view([null, null]), "cis-k8s")!;
    expect(empty).toMatchObject({ hasData: false, latestScore: "no score", latestFailing: "—" });
    const single = toTrendChartData(
      view([0.5], { scope: { kind: "cluster", clusterId: "c1", clusterName: "edge-07" }, clusterCount: 1 }),
      "cis-k8s",
    )!;
    expect(single.coverage).toBe("edge-07");
  });

  it("formats percentages with one decimal only when needed", () => {
    expect([formatPercent(100), formatPercent(87.5), formatPercent(0)]).toEqual(["100 %", "87.5 %", "0 %"]);
  });
});

describe("trends settings", () => {
  it("reads and writes the URL, leaving defaults out and letting a cluster win over an environment", () => {
    const settings = readTrendsSettings(new URLSearchParams("range=90&framework=gdpr&environment=edge&cluster=c1"));
    expect(settings).toEqual({ range: 90, framework: "gdpr", environment: "", clusterId: "c1" });
    expect(writeTrendsSettings(settings)).toBe("range=90&framework=gdpr&cluster=c1");
    const plain = readTrendsSettings(new URLSearchParams("range=12"));
    expect(plain).toEqual({ range: 30, framework: "cis-k8s", environment: "", clusterId: "" });
    expect(writeTrendsSettings(plain)).toBe("");
  });

  it("asks the API for the last `range` days up to today", () => {
    const settings = { range: 7 as const, framework: "cis-k8s", environment: "edge", clusterId: "" };
    expect(toTrendsQuery(settings, "2026-03-02")).toEqual({ from: "2026-02-24", environment: "edge" });
    expect(toTrendsQuery({ ...settings, range: 30, clusterId: "c1" }, "2026-03-02")).toEqual({
      from: "2026-02-01",
      clusterId: "c1",
    });
  });
});
