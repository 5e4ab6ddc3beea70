import { describe, expect, it } from "vitest";
import { planReplayDays, replayTime } from "./plan-replay-days";

describe("planReplayDays", () => {
  it("collects weekly from the first timeline day to today, and on every change day", () => {
    expect(planReplayDays({ changeDays: [-90, -75, -60, -45, -30, -20] })).toEqual([
      -90, -83, -76, -75, -69, -62, -60, -55, -48, -45, -41, -34, -30, -27, -20, -13, -6, 0,
    ]);
  });

  it("collects daily with a step of one, and ignores changes outside the replayed window", () => {
    expect(planReplayDays({ changeDays: [-10, -2, 5], firstDay: -3, stepDays: 1 })).toEqual([-3, -2, -1, 0]);
  });

  it("replays only today without a timeline", () => {
    expect(planReplayDays({ changeDays: [] })).toEqual([0]);
  });

  it("refuses a first day in the future and a step below one day", () => {
    expect(() => planReplayDays({ changeDays: [], firstDay: 2 })).toThrow(/first replay day/);
    expect(() => planReplayDays({ changeDays: [-5], stepDays: 0 })).toThrow(/step/);
  });
});

describe("replayTime", () => {
  it("is whole days before now", () => {
    const now = new Date("2026-11-24T10:30:00.000Z");
    expect(replayTime({ day: -30, now }).toISOString()).toBe("2026-10-25T10:30:00.000Z");
    expect(replayTime({ day: 0, now })).toEqual(now);
  });
});
