import { describe, expect, it } from "vitest";
import { parseExposition } from "./parse-exposition";

// The integration test trusts this parser to reject malformed output; these cases show it does.
describe("parseExposition", () => {
  const ok = ["# HELP g A gauge.", "# TYPE g gauge", 'g{a="x",b="y \\"q\\""} 1.5', ""].join("\n");

  it("reads values by name and labels", () => {
    expect(parseExposition(ok).value("g", { b: 'y "q"', a: "x" })).toBe(1.5);
  });

  it.each([
    ["no trailing newline", ok.trimEnd()],
    ["a sample without TYPE", "g 1\n"],
    ["a duplicate series", "# TYPE g gauge\ng 1\ng 2\n"],
    ["an unquoted label", "# TYPE g gauge\ng{a=x} 1\n"],
    ["a bad value", "# TYPE g gauge\ng one\n"],
    ["a histogram without +Inf", '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n'],
    ["non-cumulative buckets", '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n'],
    ["a count that differs from +Inf", '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 1\n'],
  ])("rejects %s", (_, text) => {
    expect(() => parseExposition(text)).toThrow();
  });
});
