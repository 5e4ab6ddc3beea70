import { describe, expect, it } from "vitest";
import { formatLabels, parseLabels } from "./format-labels";

describe("parseLabels", () => {
  it("reads key=value lines, skipping blanks and comments, keeping `=` inside values", () => {
    expect(parseLabels("team=payments\n\n# owner\n tier = edge \nnote=a=b")).toEqual({
      ok: true,
      labels: { team: "payments", tier: "edge", note: "a=b" },
    });
  });

  it("names the line that is not key=value", () => {
    expect(parseLabels("team=payments\nnonsense")).toEqual({
      ok: false,
      message: 'Line 2: write labels as key=value (got "nonsense").',
    });
  });

  it("refuses a key given twice rather than silently keeping one", () => {
    expect(parseLabels("a=1\na=2")).toMatchObject({ ok: false, message: expect.stringContaining('"a" appears twice') });
  });

  it("round-trips with formatLabels (sorted)", () => {
    const text = formatLabels({ tier: "edge", owner: "platform" });
    expect(text).toBe("owner=platform\ntier=edge");
    expect(parseLabels(text)).toEqual({ ok: true, labels: { owner: "platform", tier: "edge" } });
  });
});
