import { describe, expect, it } from "vitest";
import { BENCH_GROUPS, parseBenchArgs } from "./parse-bench-args";

describe("parseBenchArgs", () => {
  it("runs everything at full size by default", () => {
    expect(parseBenchArgs({ argv: [] })).toEqual({
      isQuick: false,
      isHelp: false,
      groups: [...BENCH_GROUPS],
      outFile: "bench-results.json",
      historyDays: null,
    });
  });

  it("reads --quick, --only and --out", () => {
    const args = parseBenchArgs({
      argv: ["--quick", "--only", "collect, history", "--out", "x.json", "--history-days", "14"],
    });
    expect(args).toEqual({
      isQuick: true,
      isHelp: false,
      groups: ["collect", "history"],
      outFile: "x.json",
      historyDays: 14,
    });
  });

  it("refuses unknown groups and options", () => {
    expect(() => parseBenchArgs({ argv: ["--only", "collect,speed"] })).toThrow('unknown group "speed"');
    expect(() => parseBenchArgs({ argv: ["--fast"] })).toThrow();
    expect(() => parseBenchArgs({ argv: ["--history-days", "1"] })).toThrow("from 2 to 365");
    expect(() => parseBenchArgs({ argv: ["--history-days", "x"] })).toThrow("from 2 to 365");
  });
});
