import { describe, expect, it } from "vitest";
import { formatAge } from "./format-age";

const now = new Date("2026-11-22T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe("formatAge", () => {
  it.each([
    [45, "45s"],
    [312, "5m12s"],
    [17 * 60, "17m"],
    [3 * 3600 + 4 * 60, "3h4m"],
    [13 * 3600, "13h"],
    [2 * 86400 + 5 * 3600, "2d5h"],
    [40 * 86400, "40d"],
    [(2 * 365 + 14) * 86400, "2y14d"],
    [9 * 365 * 86400, "9y"],
  ])("shows %i seconds as %s", (seconds, expected) => {
    expect(formatAge({ since: ago(seconds), now })).toBe(expected);
  });

  it("handles missing and future timestamps", () => {
    expect(formatAge({ since: undefined, now })).toBe("<unknown>");
    expect(formatAge({ since: ago(-60), now })).toBe("<invalid>");
  });
});
