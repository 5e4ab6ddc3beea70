import { describe, expect, it } from "vitest";
import { frameworkDaysFromSummary, rollupDayOf } from "./framework-day";

describe("frameworkDaysFromSummary", () => {
  it("reads each framework's score and counts, a missing count as 0 and a non-numeric score as null", () => {
    expect(
      frameworkDaysFromSummary({
        "cis-k8s": { score: 0.75, pass: 3, fail: 1, unknown: 2, warn: 0, waived: 1, notApplicable: 4, unassessed: 5 },
        gdpr: { score: null, pass: 0 },
        broken: "not an object",
      }),
    ).toEqual([
      {
        frameworkId: "cis-k8s",
        score: 0.75,
        pass: 3,
        fail: 1,
        unknown: 2,
        warn: 0,
        waived: 1,
        notApplicable: 4,
        unassessed: 5,
      },
      {
        frameworkId: "gdpr",
        score: null,
        pass: 0,
        fail: 0,
        unknown: 0,
        warn: 0,
        waived: 0,
        notApplicable: 0,
        unassessed: 0,
      },
    ]);
  });

  it("gives nothing for a summary without frameworks", () => {
    expect(frameworkDaysFromSummary(undefined)).toEqual([]);
    expect(frameworkDaysFromSummary(null)).toEqual([]);
  });
});

describe("rollupDayOf", () => {
  it("is the UTC day, whatever the process time zone", () => {
    expect(rollupDayOf(new Date("2026-11-01T23:59:59.999Z"))).toBe("2026-11-01");
    expect(rollupDayOf(new Date("2026-11-02T00:00:00.000Z"))).toBe("2026-11-02");
  });
});
