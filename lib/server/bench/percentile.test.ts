import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 200 }, (_, index) => 200 - index); // 200 … 1, unsorted
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile(values, 0)).toBe(1);
  });

  it("handles one value and none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("refuses a percentile outside 0–100", () => {
    expect(() => percentile([1], 101)).toThrow("within 0 and 100");
  });
});
