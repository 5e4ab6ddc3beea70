import { describe, expect, it } from "vitest";
import type { FigureSpec } from "./bench-figures";
import { formatBenchLine, formatBenchTable, judgeFigure } from "./format-bench-table";

const ratio: FigureSpec = { name: "collect_ratio", unit: "x", target: { op: "<=", value: 1.5 } };
const speedup: FigureSpec = { name: "speedup_vs_kubectl", unit: "x", target: { op: ">=", value: 10 } };
const size: FigureSpec = {
  name: "db_bytes_per_year",
  unit: "bytes",
  target: { op: "<=", value: 1e9 },
  isSizeBound: true,
};
const plain: FigureSpec = { name: "collect_fleet_s", unit: "s" };

describe("formatBenchLine", () => {
  it("prints name, value and unit", () => {
    expect(formatBenchLine({ spec: plain, value: 3.14159 })).toBe("BENCH collect_fleet_s 3.14 s");
    expect(formatBenchLine({ spec: size, value: 123456789.4 })).toBe("BENCH db_bytes_per_year 123456789 bytes");
  });
});

describe("judgeFigure", () => {
  it("compares with the target in its direction", () => {
    expect(judgeFigure({ spec: ratio, value: 1.2, isReduced: false })).toBe("✓");
    expect(judgeFigure({ spec: ratio, value: 1.6, isReduced: false })).toBe("✗");
    expect(judgeFigure({ spec: speedup, value: 12, isReduced: false })).toBe("✓");
    expect(judgeFigure({ spec: speedup, value: 9, isReduced: false })).toBe("✗");
  });

  it("gives no verdict without a target, a value, or for a size-bound target measured smaller", () => {
    expect(judgeFigure({ spec: plain, value: 1, isReduced: false })).toBe("–");
    expect(judgeFigure({ spec: ratio, value: null, isReduced: false })).toBe("–");
    expect(judgeFigure({ spec: size, value: 1, isReduced: true })).toBe("n/a");
    expect(judgeFigure({ spec: ratio, value: 1.2, isReduced: true })).toBe("✓");
  });
});

describe("formatBenchTable", () => {
  it("lists every figure, measured or not, with target, verdict and note", () => {
    const table = formatBenchTable({
      specs: [
        plain,
        ratio,
        size,
        speedup,
        { name: "collect_300_clusters_s", unit: "s", target: { op: "<=", value: 360 }, isSizeBound: true },
      ],
      results: [
        { name: "collect_fleet_s", value: 4.5 },
        { name: "collect_ratio", value: 1.7, note: "noisy" },
        { name: "db_bytes_per_year", value: 250e6 },
        { name: "collect_300_clusters_s", value: 20, isReduced: true },
        { name: "speedup_vs_kubectl", value: null, note: "kubectl absent" },
      ],
    });
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^\| figure\s+\| value\s+\| target\s+\|\s+\| note\s+\|$/);
    expect(lines[2]).toContain("| collect_fleet_s ");
    expect(lines[2]).toContain("4.50 s");
    expect(lines[3]).toMatch(/1\.70 x\s+\| ≤ 1\.5 x\s+\| ✗\s+\| noisy\s+\|/);
    expect(lines[4]).toMatch(/250\.0 MB\s+\| ≤ 1 GB\s+\| ✓/);
    expect(lines[6]).toMatch(/20\.0 s\s+\| ≤ 360 s\s+\| n\/a/);
    expect(lines[5]).toMatch(/not measured\s+\| ≥ 10 x\s+\| –\s+\| kubectl absent\s+\|/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});
