import { describe, expect, it } from "vitest";
import type { Catalog, CheckDefinition, FindingStatus } from "@/lib/catalog/catalog-types";
import { toClusterFrameworkView } from "@/lib/server/evaluations/view-framework";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow, FindingStateRow } from "@/lib/server/store/findings/find-findings";
import { toFleetFrameworkView } from "./view-fleet-framework";
import { toFleetFrameworksView } from "./view-fleet-frameworks";

const NOW = new Date("2026-12-03T12:00:00Z");
const HOUR = 3_600_000;

function check(id: string): CheckDefinition {
  return {
    id,
    group: "seed",
    title: `Title of ${id}`,
    rationale: "",
    severity: "high",
    scope: "cluster",
    evidence: [],
    remediation: { kubernetes: "fix it" },
  };
}

const CATALOG: Catalog = {
  version: "9.9.9",
  frameworks: [
    {
      id: "nist-800-53",
      name: "NIST SP 800-53",
      version: "Rev. 5",
      controls: [
        { id: "AC-3", title: "Access Enforcement" },
        { id: "AC-6", title: "Least Privilege" },
        { id: "SI-2", title: "Flaw Remediation" },
      ],
    },
    { id: "gdpr", name: "GDPR", version: "2016/679", controls: [{ id: "Art. 32(1)(a)", title: "Encryption" }] },
  ],
  checks: [check("seed.a"), check("seed.b"), check("seed.c")],
  mappings: [
    { checkId: "seed.a", frameworkId: "nist-800-53", controlId: "AC-3", provenance: "seed-talk" },
    { checkId: "seed.b", frameworkId: "nist-800-53", controlId: "AC-3", provenance: "proposed", reason: "fits" },
    { checkId: "seed.c", frameworkId: "nist-800-53", controlId: "AC-6", provenance: "corrected", reason: "was AC" },
    // A check that is not defined (yet) does not count for SI-2, which stays unassessed.
    { checkId: "seed.missing", frameworkId: "nist-800-53", controlId: "SI-2", provenance: "seed-talk" },
    { checkId: "seed.c", frameworkId: "gdpr", controlId: "Art. 32(1)(a)", provenance: "seed-talk" },
  ],
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

function evaluation(clusterId: string): EvaluationRow {
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
    summary: { platform: "talos", frameworks: {} },
  };
}

const CLUSTERS = [
  cluster({ id: "a", name: "alpha-edge" }),
  cluster({ id: "b", name: "bravo-cloud", environment: "cloud" }),
  // Hourly schedule, last success three days ago: STALE.
  cluster({ id: "s", name: "stale-prem", environment: "on_prem", lastSuccessAt: new Date(NOW.getTime() - 72 * HOUR) }),
  cluster({ id: "n", name: "new-edge", lastSuccessAt: null, createdAt: NOW }),
];

const STATUSES: { clusterId: string; checkId: string; status: FindingStatus }[] = [
  // alpha: seed.a fails on one subject and passes on another; seed.b passes; seed.c is not evaluated.
  { clusterId: "a", checkId: "seed.a", status: "PASS" },
  { clusterId: "a", checkId: "seed.a", status: "FAIL" },
  { clusterId: "a", checkId: "seed.b", status: "PASS" },
  // bravo: everything passes.
  { clusterId: "b", checkId: "seed.a", status: "PASS" },
  { clusterId: "b", checkId: "seed.b", status: "PASS" },
  { clusterId: "b", checkId: "seed.c", status: "PASS" },
  // stale: a waived failure and a pass, last known.
  { clusterId: "s", checkId: "seed.a", status: "WAIVED" },
  { clusterId: "s", checkId: "seed.b", status: "PASS" },
  { clusterId: "s", checkId: "seed.c", status: "PASS" },
];

function view(filter = {}) {
  return toFleetFrameworkView({
    catalog: CATALOG,
    frameworkId: "nist-800-53",
    clusters: CLUSTERS,
    evaluations: ["a", "b", "s"].map(evaluation),
    statuses: STATUSES,
    filter,
    now: NOW,
  })!;
}

const cellsOf = (controlId: string, filter = {}) =>
  Object.fromEntries(
    view(filter)
      .controls.find((control) => control.id === controlId)!
      .cells.map((cell) => [cell.clusterId, cell.status]),
  );

describe("toFleetFrameworkView", () => {
  it("gives each control its status on every cluster, and 'not evaluated' for a cluster without an evaluation", () => {
    expect(cellsOf("AC-3")).toEqual({ a: "FAIL", b: "PASS", s: "WAIVED", n: null });
    // A mapped check without findings is UNKNOWN, never PASS.
    expect(cellsOf("AC-6")).toEqual({ a: "UNKNOWN", b: "PASS", s: "PASS", n: null });
    expect(cellsOf("SI-2")).toEqual({ a: "UNASSESSED", b: "UNASSESSED", s: "UNASSESSED", n: null });
  });

  it("counts clusters per status and takes the most severe as the fleet status", () => {
    const [ac3, ac6, si2] = view().controls;
    expect(ac3).toMatchObject({ fleetStatus: "FAIL", clusterCounts: { FAIL: 1, PASS: 1, WAIVED: 1 } });
    expect(ac6).toMatchObject({ fleetStatus: "UNKNOWN", clusterCounts: { UNKNOWN: 1, PASS: 2 } });
    expect(si2).toMatchObject({ fleetStatus: "UNASSESSED", clusterCounts: { UNASSESSED: 3 } });
  });

  it("flags the cells of a STALE cluster so they are not read as current", () => {
    const stale = view().controls[1]!.cells.find((cell) => cell.clusterId === "s")!;
    expect(stale).toEqual({ clusterId: "s", status: "PASS", stale: true });
    expect(view().clusters.find((item) => item.id === "s")?.freshness).toBe("stale");
    expect(view().controls[1]!.cells.find((cell) => cell.clusterId === "b")?.stale).toBe(false);
  });

  it("lists each control's defined checks with the mapping's provenance and reason", () => {
    const [ac3, ac6, si2] = view().controls;
    expect(ac3?.checks).toEqual([
      { checkId: "seed.a", title: "Title of seed.a", provenance: "seed-talk", reason: null },
      { checkId: "seed.b", title: "Title of seed.b", provenance: "proposed", reason: "fits" },
    ]);
    expect(ac6?.checks[0]).toMatchObject({ provenance: "corrected", reason: "was AC" });
    expect(si2?.checks).toEqual([]);
  });

  it("scores each cluster on the framework and pools the fleet: PASS / (PASS + FAIL) over cluster × control", () => {
    const result = view();
    expect(result.clusters.map((item) => [item.name, item.score])).toEqual([
      ["alpha-edge", 0],
      ["bravo-cloud", 1],
      ["stale-prem", 1],
      ["new-edge", null],
    ]);
    expect(result.clusters.find((item) => item.id === "n")).toMatchObject({ evaluatedAt: null, platform: null });
    expect(result.summary).toMatchObject({
      controls: 3,
      unassessedControls: 1,
      clusters: { total: 4, evaluated: 3, stale: 1, failing: 1 },
      controlsFailing: 1,
      controlsUnknown: 1,
      counts: { pass: 3, fail: 1, unknown: 1, waived: 1, unassessed: 3 },
      score: 0.75,
    });
  });

  it("narrows to an environment", () => {
    const edge = view({ environment: "edge" });
    expect(edge.clusters.map((item) => item.id)).toEqual(["a", "n"]);
    expect(edge.controls[0]?.cells.map((cell) => cell.clusterId)).toEqual(["a", "n"]);
    expect(edge.scope).toEqual({ environment: "edge", clusterId: null });
    expect(view({ environment: "on-prem" }).clusters.map((item) => item.id)).toEqual(["s"]);
  });

  it("is null for a framework the catalog does not have", () => {
    expect(
      toFleetFrameworkView({
        catalog: { ...CATALOG, frameworks: [] },
        frameworkId: "nist-800-53",
        clusters: CLUSTERS,
        evaluations: [],
        statuses: [],
        filter: {},
        now: NOW,
      }),
    ).toBeNull();
  });

  it("agrees with the per-cluster framework view, control by control", () => {
    const fleet = view();
    for (const id of ["a", "b", "s"]) {
      const rows = STATUSES.filter((status) => status.clusterId === id).map(
        (status, index) => ({ ...status, subjectKey: `node/${index}` }) as unknown as FindingStateRow,
      );
      const single = toClusterFrameworkView({ catalog: CATALOG, frameworkId: "nist-800-53", rows, evaluatedAt: NOW })!;
      const column = fleet.controls.map((control) => control.cells.find((cell) => cell.clusterId === id)?.status);
      expect(column).toEqual(single.controls.map((control) => control.status));
      expect(fleet.clusters.find((item) => item.id === id)?.score).toBe(single.score);
    }
  });
});

describe("toFleetFrameworksView", () => {
  const list = (filter = {}) =>
    toFleetFrameworksView({
      catalog: CATALOG,
      clusters: CLUSTERS,
      evaluations: ["a", "b", "s"].map(evaluation),
      statuses: STATUSES,
      filter,
      now: NOW,
    });

  it("summarizes every framework of the catalog, in its order", () => {
    const result = list();
    expect(result.frameworks.map((framework) => framework.id)).toEqual(["nist-800-53", "gdpr"]);
    expect(result.frameworks[1]).toMatchObject({
      controls: 1,
      clusters: { total: 4, evaluated: 3, failing: 0 },
      controlsUnknown: 1,
      counts: { pass: 2, fail: 0, unknown: 1 },
      score: 1,
    });
  });

  it("narrows to one cluster for the cluster page", () => {
    const alpha = list({ clusterId: "a" }).frameworks[0]!;
    expect(alpha).toMatchObject({ clusters: { total: 1, evaluated: 1, failing: 1 }, score: 0 });
    expect(alpha.counts).toMatchObject({ pass: 0, fail: 1, unknown: 1, unassessed: 1 });
    const fresh = list({ clusterId: "n" }).frameworks[0]!;
    expect(fresh).toMatchObject({ clusters: { total: 1, evaluated: 0 }, score: null, counts: { pass: 0, fail: 0 } });
  });
});
