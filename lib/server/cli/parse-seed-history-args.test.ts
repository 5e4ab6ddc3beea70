import { describe, expect, it } from "vitest";
import { parseSeedHistoryArgs } from "./parse-seed-history-args";

describe("parseSeedHistoryArgs", () => {
  it("defaults to the issue's year: 30 clusters, 365 days, hourly", () => {
    expect(parseSeedHistoryArgs({ options: {} })).toEqual({
      clusters: 30,
      days: 365,
      interval: "1h",
      scenarioPath: "scenarios/default.yaml",
      concurrency: 4,
    });
  });

  it("reads every option", () => {
    const args = parseSeedHistoryArgs({
      options: { clusters: "5", days: "7", interval: "6h", scenario: "s.yaml", concurrency: "2" },
    });
    expect(args).toEqual({ clusters: 5, days: 7, interval: "6h", scenarioPath: "s.yaml", concurrency: 2 });
  });

  it.each([
    [{ clusters: "0" }, "--clusters must be a whole number from 1 to 1000"],
    [{ days: "1.5" }, "--days must be a whole number from 1 to 400"],
    [{ days: "abc" }, "--days must be a whole number from 1 to 400"],
    [{ interval: "2h" }, "--interval must be one of 1h, 6h, 1d"],
  ])("refuses %o", (options, message) => {
    expect(() => parseSeedHistoryArgs({ options })).toThrow(message);
  });
});
