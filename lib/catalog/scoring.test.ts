import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FINDING_STATUSES, type Catalog, type CheckDefinition, type FindingStatus } from "./catalog-types";
import { checkStatuses, controlStatus, mostSevereStatus, scoreFrameworks, scoreOf } from "./scoring";

const findings = (checkId: string, ...statuses: FindingStatus[]) => statuses.map((status) => ({ checkId, status }));

describe("check status over subjects", () => {
  it.each<[FindingStatus[], FindingStatus]>([
    [["PASS", "PASS", "FAIL"], "FAIL"],
    [["FAIL", "UNKNOWN", "WARN"], "FAIL"],
    [["PASS", "UNKNOWN", "WARN"], "UNKNOWN"],
    [["PASS", "WARN", "WAIVED"], "WARN"],
    [["PASS", "WAIVED"], "WAIVED"],
    [["PASS", "PASS"], "PASS"],
    [["NOT_APPLICABLE", "PASS"], "PASS"],
    [["NOT_APPLICABLE", "WAIVED"], "WAIVED"],
    [["NOT_APPLICABLE", "NOT_APPLICABLE"], "NOT_APPLICABLE"],
  ])("%j → %s", (subjects, expected) => {
    expect(checkStatuses(findings("seed.x", ...subjects)).get("seed.x")).toBe(expected);
  });

  it("keeps checks apart", () => {
    const statuses = checkStatuses([...findings("a", "PASS"), ...findings("b", "FAIL"), ...findings("a", "WARN")]);
    expect(Object.fromEntries(statuses)).toEqual({ a: "WARN", b: "FAIL" });
  });

  it("treats no evidence as UNKNOWN, never PASS", () => {
    expect(mostSevereStatus([])).toBe("UNKNOWN");
  });

  it("does not depend on the order of subjects, and one FAIL always fails", () => {
    const status = fc.constantFrom(...FINDING_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { minLength: 1 }), (statuses) => {
        const result = mostSevereStatus(statuses);
        expect(mostSevereStatus([...statuses].reverse())).toBe(result);
        expect(mostSevereStatus([...statuses, "FAIL"])).toBe("FAIL");
      }),
    );
  });
});

describe("control status over mapped checks", () => {
  it.each<[(FindingStatus | undefined)[], string]>([
    [["PASS", "PASS"], "PASS"],
    [["PASS", "FAIL", "UNKNOWN"], "FAIL"],
    [["PASS", "UNKNOWN", "WARN"], "UNKNOWN"],
    [["PASS", undefined], "UNKNOWN"],
    [["PASS", "WARN"], "WARN"],
    [["PASS", "WAIVED"], "WAIVED"],
    [["WARN", "WAIVED"], "WARN"],
    [["PASS", "NOT_APPLICABLE"], "PASS"],
    [["NOT_APPLICABLE", "NOT_APPLICABLE"], "NOT_APPLICABLE"],
    [[], "UNASSESSED"],
  ])("%j → %s", (checks, expected) => {
    expect(controlStatus(checks)).toBe(expected);
  });
});

describe("score", () => {
  it("is PASS / (PASS + FAIL)", () => {
    expect(scoreOf({ pass: 3, fail: 1 })).toBe(0.75);
    expect(scoreOf({ pass: 0, fail: 2 })).toBe(0);
  });

  it("is null when nothing is assessable", () => {
    expect(scoreOf({ pass: 0, fail: 0 })).toBeNull();
  });
});

const check = (id: string): CheckDefinition => ({
  id,
  group: "seed",
  title: id,
  rationale: "r",
  severity: "low",
  scope: "cluster",
  evidence: ["e"],
  remediation: { kubernetes: "fix" },
});

// One framework, one control per outcome; seed.a…seed.f are defined, seed.undefined is not.
const CATALOG: Catalog = {
  version: "1.0.0",
  frameworks: [
    {
      id: "nist-800-53",
      name: "NIST",
      version: "Rev. 5",
      controls: ["AC-1", "AC-2", "AC-3", "AC-4", "AC-5", "AC-6", "AC-7", "AC-8", "AC-9"].map((id) => ({
        id,
        title: id,
      })),
    },
  ],
  checks: ["seed.pass", "seed.fail", "seed.warn", "seed.waived", "seed.na", "seed.silent"].map(check),
  mappings: [
    ["seed.pass", "AC-1"],
    ["seed.pass", "AC-2"],
    ["seed.fail", "AC-2"],
    ["seed.pass", "AC-3"],
    ["seed.silent", "AC-3"],
    ["seed.warn", "AC-4"],
    ["seed.waived", "AC-5"],
    ["seed.na", "AC-6"],
    ["seed.undefined", "AC-7"],
    ["seed.pass", "AC-9"],
    ["seed.na", "AC-9"],
  ].map(([checkId = "", controlId = ""]) => ({
    checkId,
    frameworkId: "nist-800-53" as const,
    controlId,
    provenance: "proposed" as const,
    reason: "test",
  })),
};

const FINDINGS = [
  ...findings("seed.pass", "PASS", "PASS"),
  ...findings("seed.fail", "PASS", "FAIL"),
  ...findings("seed.warn", "PASS", "WARN"),
  ...findings("seed.waived", "WAIVED", "PASS"),
  ...findings("seed.na", "NOT_APPLICABLE"),
  ...findings("seed.unmapped", "FAIL"),
];

describe("framework scores", () => {
  const [nist] = scoreFrameworks({ catalog: CATALOG, findings: FINDINGS });
  const statusOf = (controlId: string) => nist?.controls.find((control) => control.controlId === controlId)?.status;

  it("derives each control's status from its mapped checks", () => {
    expect(statusOf("AC-1")).toBe("PASS");
    expect(statusOf("AC-2")).toBe("FAIL");
    expect(statusOf("AC-4")).toBe("WARN");
    expect(statusOf("AC-5")).toBe("WAIVED");
    expect(statusOf("AC-6")).toBe("NOT_APPLICABLE");
    expect(statusOf("AC-9")).toBe("PASS");
  });

  it("counts a mapped check without findings as UNKNOWN", () => {
    expect(statusOf("AC-3")).toBe("UNKNOWN");
    expect(nist?.controls.find((control) => control.controlId === "AC-3")?.checks).toEqual([
      { checkId: "seed.pass", status: "PASS" },
      { checkId: "seed.silent", status: "UNKNOWN" },
    ]);
  });

  it("leaves controls without a defined check unassessed", () => {
    expect(statusOf("AC-7")).toBe("UNASSESSED");
    expect(statusOf("AC-8")).toBe("UNASSESSED");
  });

  it("scores PASS against FAIL only and counts everything else beside the score", () => {
    expect(nist?.counts).toEqual({ pass: 2, fail: 1, unknown: 1, warn: 1, waived: 1, notApplicable: 1, unassessed: 2 });
    expect(nist?.score).toBeCloseTo(2 / 3);
  });

  it("has no score when no control is PASS or FAIL", () => {
    const [empty] = scoreFrameworks({ catalog: CATALOG, findings: findings("seed.warn", "WARN") });
    expect(empty?.score).toBeNull();
    expect(empty?.counts.warn).toBe(1);
  });
});
