import { describe, expect, it } from "vitest";
import { describeImportCounts, describeImportSource } from "./describe-import";

describe("describe-import", () => {
  it("names the tool, its version and benchmark, and the node", () => {
    expect(describeImportSource({ tool: "kube-bench", toolVersion: null, benchmark: "cis-1.10", node: "cp-1" })).toBe(
      "kube-bench · cis-1.10 · node cp-1",
    );
    expect(describeImportSource({ tool: "kubescape", toolVersion: "v3.0.21", benchmark: null, node: null })).toBe(
      "Kubescape v3.0.21",
    );
  });

  it("counts results and says how many map to Lotse checks", () => {
    expect(describeImportCounts({ total: 4, pass: 2, fail: 1, warn: 0, unknown: 1, mapped: 3, unmapped: 1 })).toBe(
      "4 results: 2 pass, 1 fail, 1 no verdict · 3 mapped, 1 not mapped",
    );
  });
});
