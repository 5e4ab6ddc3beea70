import { describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/catalog-types";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";
import { toHeatmapView } from "./view-heatmap";

const NOW = new Date("2026-12-03T12:00:00Z");
const HOUR = 3_600_000;

const CATALOG: Catalog = {
  version: "9.9.9",
  frameworks: [
    { id: "nist-800-53", name: "NIST SP 800-53", version: "Rev. 5", controls: [] },
    { id: "gdpr", name: "GDPR", version: "2016/679", controls: [] },
  ],
  checks: [
    {
      id: "seed.audit-logging",
      group: "seed",
      title: "Audit logging on",
      rationale: "",
      severity: "high",
      scope: "cluster",
      evidence: [],
      remediation: {},
    },
  ],
  mappings: [],
};

function cluster(overrides: Partial<ClusterRow>): ClusterRow {
  return {
    id: "c",
    name: "c",
    environment: "edge",
    site: null,
    labels: {},
    schedule: "0 * * * *",
    kubeServer: "https://k",
    kubeContext: "ctx",
    kubeInfo: {},
    talosEndpoints: [],
    talosContext: null,
    talosInfo: null,
    createdAt: new Date(NOW.getTime() - 30 * 24 * HOUR),
    updatedAt: NOW,
    lastSuccessAt: new Date(NOW.getTime() - HOUR / 2),
    ...overrides,
  };
}

function evaluation(clusterId: string, frameworks: Record<string, Record<string, number | null>>): EvaluationRow {
  return {
    id: `e-${clusterId}`,
    clusterId,
    snapshotHash: "h",
    runId: null,
    catalogVersion: "9.9.9",
    trigger: "run",
    evaluatedAt: new Date(NOW.getTime() - HOUR / 2),
    confirmedAt: new Date(NOW.getTime() - HOUR / 2),
    inputHash: null,
    clockCheckIds: null,
    summary: { platform: "talos", frameworks },
  };
}

const CLUSTERS = [
  cluster({ id: "b", name: "bravo-edge", site: "north", labels: { tier: "edge" } }),
  cluster({ id: "a", name: "alpha-cloud", environment: "cloud", site: "eu-1" }),
  // Hourly schedule, last success three days ago: STALE.
  cluster({ id: "s", name: "stale-prem", environment: "on_prem", lastSuccessAt: new Date(NOW.getTime() - 72 * HOUR) }),
  cluster({ id: "n", name: "new-edge", lastSuccessAt: null, createdAt: NOW }),
];

const EVALUATIONS = [
  evaluation("b", { "nist-800-53": { score: 0.75, pass: 3, fail: 1, unknown: 2, waived: 1, warn: 0 } }),
  evaluation("a", { "nist-800-53": { score: null, pass: 0, fail: 0, unknown: 5 } }),
  evaluation("s", { "nist-800-53": { score: 1, pass: 4, fail: 0, unknown: 0 } }),
];

function view(filter = {}) {
  return toHeatmapView({
    catalog: CATALOG,
    seedCheckIds: ["seed.audit-logging"],
    clusters: CLUSTERS,
    evaluations: EVALUATIONS,
    statuses: [
      { clusterId: "b", checkId: "seed.audit-logging", status: "PASS" },
      { clusterId: "a", checkId: "seed.audit-logging", status: "PASS" },
      { clusterId: "a", checkId: "seed.audit-logging", status: "FAIL" },
    ],
    filter,
    now: NOW,
  });
}

describe("toHeatmapView", () => {
  it("has a cell for every cluster × framework, with the stored counts and score", () => {
    const heatmap = view();
    expect(heatmap.clusters.map((item) => item.name)).toEqual(["alpha-cloud", "bravo-edge", "new-edge", "stale-prem"]);
    expect(heatmap.cells).toHaveLength(8);
    expect(heatmap.cells.find((cell) => cell.clusterId === "b" && cell.frameworkId === "nist-800-53")).toMatchObject({
      score: 0.75,
      pass: 3,
      fail: 1,
      unknown: 2,
      waived: 1,
      stale: false,
    });
  });

  it("gives a framework missing from the summary, and a cluster never evaluated, no score and zero counts", () => {
    const heatmap = view();
    expect(heatmap.cells.find((cell) => cell.clusterId === "b" && cell.frameworkId === "gdpr")).toMatchObject({
      score: null,
      pass: 0,
      fail: 0,
    });
    const fresh = heatmap.clusters.find((item) => item.id === "n")!;
    expect(fresh).toMatchObject({ freshness: "never", evaluatedAt: null, platform: null });
  });

  it("marks every cell of a STALE cluster stale and keeps its last success", () => {
    const cells = view().cells.filter((cell) => cell.clusterId === "s");
    expect(cells.every((cell) => cell.stale && cell.lastSuccessAt === "2026-11-30T12:00:00.000Z")).toBe(true);
  });

  it("reduces a seed check's findings to the most severe status, and no finding to UNKNOWN", () => {
    const cells = view().checkCells;
    expect(cells.find((cell) => cell.clusterId === "a")).toMatchObject({
      status: "FAIL",
      counts: { PASS: 1, FAIL: 1 },
    });
    expect(cells.find((cell) => cell.clusterId === "b")?.status).toBe("PASS");
    expect(cells.find((cell) => cell.clusterId === "n")).toMatchObject({ status: "UNKNOWN", counts: {} });
  });

  it("filters by environment, site and label, and offers the facets of the whole fleet", () => {
    expect(view({ environment: "edge" }).clusters.map((item) => item.id)).toEqual(["b", "n"]);
    expect(view({ environment: "on-prem" }).clusters.map((item) => item.id)).toEqual(["s"]);
    expect(view({ site: "eu-1" }).clusters.map((item) => item.id)).toEqual(["a"]);
    expect(view({ label: "tier=edge" }).clusters.map((item) => item.id)).toEqual(["b"]);
    expect(view({ label: "tier" }).clusters.map((item) => item.id)).toEqual(["b"]);
    expect(view({ label: "tier=cloud" }).clusters).toEqual([]);
    expect(view({ environment: "edge" }).facets).toEqual({
      environments: ["edge", "on-prem", "cloud"],
      sites: ["eu-1", "north"],
      labels: ["tier=edge"],
    });
  });

  it("with a comparison, gives each cell the score then and the change in whole points", () => {
    const heatmap = toHeatmapView({
      catalog: CATALOG,
      seedCheckIds: [],
      clusters: CLUSTERS,
      evaluations: EVALUATIONS,
      statuses: [],
      filter: {},
      now: NOW,
      previous: { days: 30, evaluations: [evaluation("b", { "nist-800-53": { score: 0.5, pass: 2, fail: 2 } })] },
    });
    expect(heatmap.compareDays).toBe(30);
    const cell = (clusterId: string) =>
      heatmap.cells.find((item) => item.clusterId === clusterId && item.frameworkId === "nist-800-53");
    expect(cell("b")).toMatchObject({ score: 0.75, previousScore: 0.5, delta: 25 });
    // No evaluation 30 days ago: nothing to compare with.
    expect(cell("s")).toMatchObject({ previousScore: null, delta: null });
    expect(view().compareDays).toBeNull();
    expect(view().cells[0]).not.toHaveProperty("delta");
  });
});
