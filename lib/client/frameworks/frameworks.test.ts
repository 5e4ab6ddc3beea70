import { describe, expect, it } from "vitest";
import type { FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import { countControls, parseControlFilter, selectControls, withControlFilter } from "./control-filter";
import { toControlMatrix } from "./control-matrix.adapter";
import { describeCounts, describeScope, formatScore } from "./describe-score";
import { describeProvenance } from "./describe-provenance";

const ZERO = { pass: 0, fail: 0, unknown: 0, warn: 0, waived: 0, notApplicable: 0, unassessed: 0 };

describe("formatScore", () => {
  it("prints a whole percentage, never rounding a failure up to 100 %, and 'no score' for null", () => {
    expect(formatScore(null)).toBe("no score");
    expect(formatScore(1)).toBe("100 %");
    expect(formatScore(0.996)).toBe("99 %");
    expect(formatScore(0.5)).toBe("50 %");
    expect(formatScore(0)).toBe("0 %");
  });

  it("always shows unknown beside pass and fail", () => {
    expect(describeCounts({ ...ZERO, pass: 3 })).toBe("3 pass · 0 fail · 0 unknown");
    expect(describeCounts({ ...ZERO, pass: 1, fail: 2, unknown: 4, waived: 1 })).toBe(
      "1 pass · 2 fail · 4 unknown · 1 waived",
    );
  });
});

describe("describeScope", () => {
  it("says how many clusters the numbers cover and how many are stale", () => {
    expect(describeScope({ clusters: { total: 30, evaluated: 28, stale: 2, failing: 9 } })).toBe(
      "28 of 30 clusters evaluated · 2 with stale data",
    );
    expect(describeScope({ clusters: { total: 1, evaluated: 1, stale: 0, failing: 0 } })).toBe(
      "1 of 1 cluster evaluated",
    );
  });
});

describe("describeProvenance", () => {
  it("explains the provenance and adds the mapping's reason", () => {
    expect(describeProvenance({ provenance: "seed-talk", reason: null })).toBe("As the TalosCon 2025 talk mapped it.");
    expect(describeProvenance({ provenance: "corrected", reason: "The talk cited A.9.4.1 (2013)." })).toBe(
      "The talk's mapping, fixed. The talk cited A.9.4.1 (2013).",
    );
  });
});

describe("control filter", () => {
  const controls = [
    { id: "AC-6", title: "Least Privilege", status: "FAIL" as const },
    { id: "AC-6(9)", title: "Log Use of Privileged Functions", status: "PASS" as const },
    { id: "A.8.9", title: "Configuration management", status: "UNKNOWN" as const },
  ];
  const statusOf = (control: (typeof controls)[number]) => control.status;

  it("reads status and search from the URL, ignoring an unknown status", () => {
    expect(parseControlFilter(new URLSearchParams("status=fail&q= ac-6 "))).toEqual({ status: "FAIL", query: "ac-6" });
    expect(parseControlFilter(new URLSearchParams("status=bogus"))).toEqual({ status: null, query: "" });
    expect(
      withControlFilter(new URLSearchParams("environment=edge&q=x"), { status: "PASS", query: "" }).toString(),
    ).toBe("environment=edge&status=PASS");
  });

  it("finds controls by id with or without punctuation, and by title", () => {
    const ids = (query: string, status: "FAIL" | null = null) =>
      selectControls(controls, { status, query }, statusOf).map((control) => control.id);
    expect(ids("ac6")).toEqual(["AC-6", "AC-6(9)"]);
    expect(ids("AC-6(9")).toEqual(["AC-6(9)"]);
    expect(ids("a.8.9")).toEqual(["A.8.9"]);
    expect(ids("privilege")).toEqual(["AC-6", "AC-6(9)"]);
    expect(ids("ac6", "FAIL")).toEqual(["AC-6"]);
    expect(ids("")).toHaveLength(3);
    expect(countControls(controls, statusOf)).toEqual({ FAIL: 1, PASS: 1, UNKNOWN: 1 });
  });
});

describe("toControlMatrix", () => {
  const cluster = (id: string, environment: "edge" | "on-prem" | "cloud", extra = {}) => ({
    id,
    name: id,
    environment,
    site: null,
    platform: "talos",
    freshness: "fresh" as const,
    evaluatedAt: "2026-12-01T00:00:00Z",
    score: 0.5,
    counts: ZERO,
    ...extra,
  });
  const view: Pick<FleetFrameworkView, "clusters" | "controls"> = {
    clusters: [
      cluster("zulu-cloud", "cloud"),
      cluster("bravo-edge", "edge", { freshness: "stale" }),
      cluster("alpha-edge", "edge"),
      cluster("new-prem", "on-prem", { evaluatedAt: null, score: null }),
    ],
    controls: [
      {
        id: "AC-6",
        title: "Least Privilege",
        fleetStatus: "FAIL",
        clusterCounts: { FAIL: 1, PASS: 2 },
        checks: [],
        cells: [
          { clusterId: "zulu-cloud", status: "PASS", stale: false },
          { clusterId: "bravo-edge", status: "PASS", stale: true },
          { clusterId: "alpha-edge", status: "FAIL", stale: false },
          { clusterId: "new-prem", status: null, stale: false },
        ],
      },
      { id: "SI-2", title: "Flaw Remediation", fleetStatus: null, clusterCounts: {}, checks: [], cells: [] },
    ],
  };

  it("groups columns by environment, then name, and moves each row's cells with them", () => {
    const matrix = toControlMatrix(view);
    expect(matrix.columns.map((column) => column.name)).toEqual(["alpha-edge", "bravo-edge", "new-prem", "zulu-cloud"]);
    expect(matrix.groups).toEqual([
      { environment: "edge", label: "Edge", span: 2 },
      { environment: "on-prem", label: "On-prem", span: 1 },
      { environment: "cloud", label: "Cloud", span: 1 },
    ]);
    expect(matrix.rows[0]?.cells.map((cell) => cell.status)).toEqual(["FAIL", "PASS", "NOT_EVALUATED", "PASS"]);
  });

  it("labels every cell in words, stale data included, and counts failing clusters over evaluated ones", () => {
    const [row] = toControlMatrix(view).rows;
    expect(row?.cells[1]).toEqual({
      clusterId: "bravo-edge",
      status: "PASS",
      isStale: true,
      label: "bravo-edge — AC-6: Pass (stale data)",
    });
    expect(row?.cells[2]?.label).toBe("new-prem — AC-6: Not evaluated");
    expect(row?.failingText).toBe("1 of 3 clusters fail");
    const columns = toControlMatrix(view).columns;
    expect(columns[1]?.description).toBe("bravo-edge (Edge): 50 %, stale data");
    expect(columns[2]).toMatchObject({ isEvaluated: false, scoreText: "not evaluated" });
  });

  it("keeps only the selected controls", () => {
    expect(toControlMatrix(view, new Set(["SI-2"])).rows.map((row) => row.id)).toEqual(["SI-2"]);
    expect(toControlMatrix(view, new Set(["SI-2"])).rows[0]?.fleetStatus).toBe("NOT_EVALUATED");
  });
});
