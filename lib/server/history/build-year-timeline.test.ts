import { describe, expect, it } from "vitest";
import { buildYearTimeline } from "./build-year-timeline";

describe("buildYearTimeline", () => {
  const clusterNames = Array.from({ length: 30 }, (_, index) => `c-${index}`);

  it("is deterministic, stays within the period and fixes most drift later", () => {
    const timeline = buildYearTimeline({ clusterNames, days: 365, seed: 42 });
    expect(buildYearTimeline({ clusterNames, days: 365, seed: 42 })).toEqual(timeline);
    expect(timeline.length).toBeGreaterThan(30);
    for (const entry of timeline) {
      expect(entry.day).toBeLessThanOrEqual(0);
      expect(entry.day).toBeGreaterThan(-365);
    }
    const fixes = timeline.filter((entry) => entry.note?.startsWith("Fixed: "));
    const drifts = timeline.filter((entry) => !entry.note?.startsWith("Fixed: "));
    expect(fixes.length).toBeGreaterThan(drifts.length / 2);
    for (const fix of fixes) {
      const drift = drifts.find((entry) => entry.cluster === fix.cluster && `Fixed: ${entry.note}` === fix.note);
      expect(drift && drift.day < fix.day).toBe(true);
    }
  });

  it("has less drift in a shorter period and none for no clusters", () => {
    const week = buildYearTimeline({ clusterNames, days: 7, seed: 42 });
    expect(week.length).toBeLessThan(buildYearTimeline({ clusterNames, days: 365, seed: 42 }).length);
    expect(buildYearTimeline({ clusterNames: [], days: 365, seed: 1 })).toEqual([]);
  });
});
