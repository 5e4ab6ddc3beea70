import { describe, expect, it } from "vitest";
import { formatHistogram, formatSampleValue } from "./format-histogram";
import { parseExposition } from "./testing/parse-exposition";

describe("formatHistogram", () => {
  it("writes cumulative buckets, +Inf, sum and count in the text format", () => {
    const text = formatHistogram({
      name: "demo_seconds",
      help: "Demo durations.\nSecond line with a \\ backslash.",
      bounds: [0.5, 1, 10],
      cumulativeCounts: [1, 3, 3],
      count: 4,
      sum: 42.25,
    });
    expect(text).toBe(
      [
        "# HELP demo_seconds Demo durations.\\nSecond line with a \\\\ backslash.",
        "# TYPE demo_seconds histogram",
        'demo_seconds_bucket{le="0.5"} 1',
        'demo_seconds_bucket{le="1"} 3',
        'demo_seconds_bucket{le="10"} 3',
        'demo_seconds_bucket{le="+Inf"} 4',
        "demo_seconds_sum 42.25",
        "demo_seconds_count 4",
        "",
      ].join("\n"),
    );
    const parsed = parseExposition(text);
    expect(parsed.families.get("demo_seconds")?.type).toBe("histogram");
    expect(parsed.value("demo_seconds_bucket", { le: "+Inf" })).toBe(4);
  });

  it("writes an empty histogram with zero counts", () => {
    const parsed = parseExposition(
      formatHistogram({ name: "empty", help: "h", bounds: [1, 2], cumulativeCounts: [0, 0], count: 0, sum: 0 }),
    );
    expect(parsed.series("empty_bucket").map((entry) => entry.value)).toEqual([0, 0, 0]);
    expect(parsed.value("empty_sum")).toBe(0);
  });

  it("refuses inputs that would make an invalid histogram", () => {
    const base = { name: "x", help: "h", count: 0, sum: 0 };
    expect(() => formatHistogram({ ...base, bounds: [1, 2], cumulativeCounts: [0] })).toThrow(/one cumulative count/);
    expect(() => formatHistogram({ ...base, bounds: [2, 1], cumulativeCounts: [0, 0] })).toThrow(/increase/);
    expect(() => formatHistogram({ ...base, name: "bad name", bounds: [], cumulativeCounts: [] })).toThrow(/name/);
  });

  it("spells special values the way Prometheus parses them", () => {
    expect([Infinity, -Infinity, NaN, 1.5, 0].map(formatSampleValue)).toEqual(["+Inf", "-Inf", "NaN", "1.5", "0"]);
  });
});
