import { describe, expect, it } from "vitest";
import { planHistorySlots } from "./plan-history-slots";

const now = new Date("2026-12-03T09:30:00Z");

describe("planHistorySlots", () => {
  it("lists every hour from midnight UTC of the first day up to now, oldest first", () => {
    const slots = planHistorySlots({ days: 2, interval: "1h", now });
    expect(slots).toHaveLength(24 + 10);
    expect(slots[0]).toEqual({ day: -1, at: new Date("2026-12-02T00:00:00Z") });
    expect(slots.at(-1)).toEqual({ day: 0, at: new Date("2026-12-03T09:00:00Z") });
  });

  it("follows the interval", () => {
    expect(
      planHistorySlots({ days: 2, interval: "6h", now }).map((slot) => slot.at.toISOString().slice(5, 13)),
    ).toEqual(["12-02T00", "12-02T06", "12-02T12", "12-02T18", "12-03T00", "12-03T06"]);
    expect(planHistorySlots({ days: 365, interval: "1d", now })).toHaveLength(365);
  });

  it("refuses a period that is not whole days", () => {
    expect(() => planHistorySlots({ days: 0, interval: "1h", now })).toThrow("days must be");
  });
});
