import { describe, expect, it } from "vitest";
import { WORKER_NODE_FLAGS, workerNodeFlags } from "./build-worker";

describe("workerNodeFlags", () => {
  it("limits the old generation to 256 MB unless LOTSE_WORKER_HEAP_MB says otherwise", () => {
    expect(WORKER_NODE_FLAGS).toEqual(["--max-semi-space-size=8", "--max-old-space-size=256"]);
    expect(workerNodeFlags({ LOTSE_WORKER_HEAP_MB: "1024" })).toEqual([
      "--max-semi-space-size=8",
      "--max-old-space-size=1024",
    ]);
  });

  it("refuses a value that is not a whole number of MB in range, naming it", () => {
    for (const value of ["", "64", "1.5", "20000", "1g"]) {
      expect(() => workerNodeFlags({ LOTSE_WORKER_HEAP_MB: value }), value).toThrow(/LOTSE_WORKER_HEAP_MB/);
    }
  });
});
