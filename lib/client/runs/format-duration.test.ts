import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [850, "850 ms"],
    [4_260, "4.2 s"],
    [9_999, "9.9 s"],
    [42_400, "42 s"],
    [65_000, "1 min 5 s"],
    [120_000, "2 min"],
    [3_720_000, "1 h 2 min"],
    [7_200_000, "2 h"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("says — when the duration is unknown", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(undefined)).toBe("—");
    expect(formatDuration(-1)).toBe("—");
  });
});
