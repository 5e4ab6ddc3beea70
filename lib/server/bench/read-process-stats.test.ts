import { describe, expect, it } from "vitest";
import { parseProcessStats, readProcessStats } from "./read-process-stats";

describe("parseProcessStats", () => {
  it("reads CPU ticks after the command name and the memory lines", () => {
    const stat = "4242 (node (worker) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 1000";
    const status = "Name:\tnode\nVmPeak:\t 900000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";
    expect(parseProcessStats({ stat, status })).toEqual({ cpuSeconds: 3, peakRssMb: 200, rssMb: 100 });
  });
});

describe("readProcessStats", () => {
  it("reads this process and gives null for one that does not exist", async () => {
    const own = await readProcessStats(process.pid);
    expect(own?.peakRssMb).toBeGreaterThan(0);
    expect(own?.cpuSeconds).toBeGreaterThanOrEqual(0);
    expect(await readProcessStats(2 ** 30)).toBeNull();
  });
});
