import { describe, expect, it } from "vitest";
import { extrapolateYearBytes } from "./extrapolate-year-bytes";

describe("extrapolateYearBytes", () => {
  it("pays the first day once and grows linearly after it", () => {
    // 10 MB on day 1, +1 MB per further day: 4 days = 13 MB; a year = 10 + 364 MB.
    expect(extrapolateYearBytes({ oneDayBytes: 10e6, bytes: 13e6, days: 4 })).toBeCloseTo(374e6);
  });

  it("returns a measured year as it is", () => {
    expect(extrapolateYearBytes({ oneDayBytes: 10e6, bytes: 500e6, days: 365 })).toBe(500e6);
  });

  it("needs two points", () => {
    expect(() => extrapolateYearBytes({ oneDayBytes: 1, bytes: 1, days: 1 })).toThrow("at least 2 days");
  });
});
