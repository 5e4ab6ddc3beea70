import { describe, expect, it } from "vitest";
import { hasSameVerdicts } from "./has-same-verdicts";

const verdict = (checkId: string, subjectKey: string, status = "PASS" as const, waiverId: string | null = null) => ({
  checkId,
  subjectKey,
  status,
  rawStatus: status,
  waiverId,
});

describe("hasSameVerdicts", () => {
  const open = [verdict("a", "cluster"), verdict("b", "node/n1")];

  it("is true for the same subjects with the same verdicts, in any order", () => {
    expect(hasSameVerdicts({ open, findings: [verdict("b", "node/n1"), verdict("a", "cluster")] })).toBe(true);
  });

  it("counts a subject listed twice once, with its first verdict (as the store does)", () => {
    const findings = [
      verdict("a", "cluster"),
      verdict("b", "node/n1"),
      { ...verdict("a", "cluster"), status: "FAIL" as const },
    ];
    expect(hasSameVerdicts({ open, findings })).toBe(true);
  });

  it("is false when a status, raw status or waiver differs, or a subject appears or disappears", () => {
    expect(
      hasSameVerdicts({ open, findings: [verdict("a", "cluster"), { ...verdict("b", "node/n1"), status: "FAIL" }] }),
    ).toBe(false);
    expect(
      hasSameVerdicts({ open, findings: [verdict("a", "cluster"), { ...verdict("b", "node/n1"), rawStatus: "FAIL" }] }),
    ).toBe(false);
    expect(hasSameVerdicts({ open, findings: [verdict("a", "cluster"), verdict("b", "node/n1", "PASS", "w1")] })).toBe(
      false,
    );
    expect(hasSameVerdicts({ open, findings: [verdict("a", "cluster")] })).toBe(false);
    expect(hasSameVerdicts({ open, findings: [...open, verdict("c", "cluster")] })).toBe(false);
  });
});
