import { describe, expect, it } from "vitest";
import type { HeatmapCluster, HeatmapView } from "@/lib/shared/heatmap-view";
import { formatScore, scoreBand } from "@/lib/shared/score-bands";
import { arrangeHeatmap, matchesClusterSearch, summarizeHeatmap } from "./arrange-heatmap";

const NOW = Date.parse("2026-12-03T12:00:00Z");

function cluster(overrides: Partial<HeatmapCluster>): HeatmapCluster {
  return {
    id: "c",
    name: "c",
    environment: "edge",
    site: null,
    labels: {},
    platform: "talos",
    freshness: "fresh",
    lastSuccessAt: "2026-12-03T11:30:00Z",
    evaluatedAt: "2026-12-03T11:30:00Z",
    catalogVersion: "1.0.0",
    ...overrides,
  };
}

function cell(clusterId: string, frameworkId: string, score: number | null, stale = false) {
  return {
    clusterId,
    frameworkId,
    score,
    pass: 3,
    fail: 1,
    unknown: 2,
    waived: 0,
    warn: 0,
    notApplicable: 0,
    stale,
    lastSuccessAt: null,
  };
}

const VIEW: HeatmapView = {
  generatedAt: "2026-12-03T12:00:00Z",
  compareDays: null,
  frameworks: [
    { id: "nist-800-53", name: "NIST SP 800-53", version: "Rev. 5" },
    { id: "gdpr", name: "GDPR", version: "2016/679" },
  ],
  checks: [{ id: "seed.audit-logging", title: "Audit logging on" }],
  clusters: [
    cluster({ id: "a", name: "alpha", environment: "cloud" }),
    cluster({ id: "b", name: "bravo" }),
    cluster({ id: "s", name: "stale", freshness: "stale", lastSuccessAt: "2026-11-30T12:00:00Z" }),
  ],
  cells: [
    cell("a", "nist-800-53", 0.9),
    cell("a", "gdpr", 1),
    cell("b", "nist-800-53", 0.4),
    cell("b", "gdpr", null),
    cell("s", "nist-800-53", 1, true),
    cell("s", "gdpr", 1, true),
  ],
  checkCells: [
    { clusterId: "a", checkId: "seed.audit-logging", status: "FAIL", counts: { FAIL: 1 }, stale: false },
    { clusterId: "b", checkId: "seed.audit-logging", status: "PASS", counts: { PASS: 1 }, stale: false },
    { clusterId: "s", checkId: "seed.audit-logging", status: "PASS", counts: { PASS: 1 }, stale: true },
  ],
  facets: { environments: ["edge", "cloud"], sites: [], labels: [] },
};

describe("scores", () => {
  it("bands scores, and a stale cell is never in a compliant band", () => {
    expect(scoreBand(1, false)).toBe("excellent");
    expect(scoreBand(0.9, false)).toBe("good");
    expect(scoreBand(0.7, false)).toBe("fair");
    expect(scoreBand(0.5, false)).toBe("poor");
    expect(scoreBand(0.49, false)).toBe("bad");
    expect(scoreBand(null, false)).toBe("none");
    expect(scoreBand(1, true)).toBe("stale");
  });

  it("prints whole percent rounded down, and a dash for no score", () => {
    expect(formatScore(0.999)).toBe("99");
    expect(formatScore(1)).toBe("100");
    expect(formatScore(null)).toBe("—");
  });
});

describe("arrangeHeatmap", () => {
  it("prints each framework cell's number and links it to the cluster's framework view", () => {
    const { columns, groups } = arrangeHeatmap({
      view: VIEW,
      mode: "frameworks",
      sort: "name",
      isGrouped: false,
      now: NOW,
    });
    expect(columns.map((column) => column.label)).toEqual(["NIST 800-53", "GDPR"]);
    const alpha = groups[0]!.rows[0]!;
    expect(alpha.cluster.name).toBe("alpha");
    expect(alpha.cells.map((item) => item.text)).toEqual(["90", "100"]);
    expect(alpha.cells[0]).toMatchObject({
      href: "/clusters/a/frameworks/nist-800-53",
      band: "good",
      details: [
        "alpha · NIST SP 800-53 Rev. 5",
        "Score 90 % (pass ÷ (pass + fail))",
        "3 pass · 1 fail · 2 unknown · 0 waived",
      ],
    });
  });

  it("draws stale clusters as stale with their last success, whatever the score", () => {
    const { groups } = arrangeHeatmap({ view: VIEW, mode: "frameworks", sort: "name", isGrouped: false, now: NOW });
    const stale = groups[0]!.rows.find((row) => row.cluster.id === "s")!;
    expect(stale.cells.every((item) => item.band === "stale" && item.stale)).toBe(true);
    expect(stale.cells[0]!.details.at(-1)).toBe("STALE: last success 3 d ago");
  });

  it("sorts worst first by mean score", () => {
    const { groups } = arrangeHeatmap({ view: VIEW, mode: "frameworks", sort: "worst", isGrouped: false, now: NOW });
    expect(groups[0]!.rows.map((row) => row.cluster.name)).toEqual(["bravo", "alpha", "stale"]);
  });

  it("keeps only clusters whose name, site or label contains the search, ignoring case", () => {
    const names = (search: string) =>
      arrangeHeatmap({ view: VIEW, mode: "frameworks", sort: "name", isGrouped: false, search, now: NOW })
        .groups.flatMap((group) => group.rows)
        .map((row) => row.cluster.name);
    expect(names("")).toEqual(["alpha", "bravo", "stale"]);
    expect(names("  BRA ")).toEqual(["bravo"]);
    expect(names("nothing-like-this")).toEqual([]);
    const pier = cluster({ name: "edge-07", site: "North Pier", labels: { tier: "gold" } });
    expect(matchesClusterSearch(pier, "north")).toBe(true);
    expect(matchesClusterSearch(pier, "tier=gold")).toBe(true);
    expect(matchesClusterSearch(pier, "silver")).toBe(false);
  });

  it("groups by environment in a fixed order, leaving out empty ones", () => {
    const { groups } = arrangeHeatmap({ view: VIEW, mode: "frameworks", sort: "name", isGrouped: true, now: NOW });
    expect(groups.map((group) => [group.label, group.rows.map((row) => row.cluster.name)])).toEqual([
      ["Edge", ["bravo", "stale"]],
      ["Cloud", ["alpha"]],
    ]);
  });

  it("shows seed-check statuses in checks mode, failing clusters first when sorted by worst", () => {
    const { columns, groups } = arrangeHeatmap({
      view: VIEW,
      mode: "checks",
      sort: "worst",
      isGrouped: false,
      now: NOW,
    });
    expect(columns).toEqual([{ id: "seed.audit-logging", label: "Audit log", title: "Audit logging on" }]);
    const [first] = groups[0]!.rows;
    expect(first!.cluster.name).toBe("alpha");
    expect(first!.cells[0]).toMatchObject({
      text: "Fail",
      band: "status-fail",
      href: "/clusters/a?check=seed.audit-logging",
      details: ["alpha · Audit logging on", "Fail (1 fail)"],
    });
  });

  it("counts stale and unevaluated clusters", () => {
    expect(summarizeHeatmap(VIEW)).toEqual({ clusters: 3, stale: 1, unevaluated: 0 });
  });
});

describe("change since", () => {
  it("prints the change in points under the score and explains it in the tooltip", () => {
    const view: HeatmapView = {
      ...VIEW,
      compareDays: 30,
      cells: VIEW.cells.map((item) =>
        item.clusterId === "a" && item.frameworkId === "nist-800-53"
          ? { ...item, previousScore: 0.8, delta: 10 }
          : item.clusterId === "a"
            ? { ...item, previousScore: null, delta: null }
            : { ...item, previousScore: item.score, delta: item.score === null ? null : 0 },
      ),
    };
    const { groups } = arrangeHeatmap({ view, mode: "frameworks", sort: "name", isGrouped: false, now: NOW });
    const [nist, gdpr] = groups[0]!.rows[0]!.cells;
    expect(nist).toMatchObject({ change: "▲10" });
    expect(nist!.details).toContain("+10 points since 30 days ago (then 80)");
    expect(gdpr).toMatchObject({ change: "new" });
    expect(gdpr!.details).toContain("No score 30 days ago");
    const bravoGdpr = groups[0]!.rows[1]!.cells[1]!;
    expect(bravoGdpr.change).toBeNull();
  });
});
