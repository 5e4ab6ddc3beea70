import { describe, expect, it } from "vitest";
import { lastWaiverExpiryDay, latestWaiverExpiry } from "./waiver-view";

describe("latestWaiverExpiry", () => {
  it.each([
    ["a common year ahead (365 days)", "2026-06-10T09:30:00.000Z", "2027-06-10T09:30:00.000Z"],
    ["a year that spans 29 February (366 days)", "2027-06-10T09:30:00.000Z", "2028-06-10T09:30:00.000Z"],
    ["from 28 February into a leap year", "2027-02-28T12:00:00.000Z", "2028-02-28T12:00:00.000Z"],
    ["from 29 February: the next year has none", "2028-02-29T12:00:00.000Z", "2029-02-28T12:00:00.000Z"],
    ["from 1 March after a leap day", "2028-03-01T00:00:00.000Z", "2029-03-01T00:00:00.000Z"],
    ["across the turn of the year", "2026-12-31T23:59:59.999Z", "2027-12-31T23:59:59.999Z"],
  ])("is one calendar year ahead, to the millisecond: %s", (_, now, latest) => {
    expect(latestWaiverExpiry(new Date(now)).toISOString()).toBe(latest);
  });
});

describe("lastWaiverExpiryDay", () => {
  it("offers the day before the anniversary, whose end of day is still within the year", () => {
    expect(lastWaiverExpiryDay(new Date("2026-06-10T09:30:00Z"))).toBe("2027-06-09");
    expect(lastWaiverExpiryDay(new Date("2028-02-29T12:00:00Z"))).toBe("2029-02-27");
  });

  it("offers the anniversary itself only when created at the very end of a day", () => {
    expect(lastWaiverExpiryDay(new Date("2026-06-10T23:59:59.500Z"))).toBe("2027-06-10");
  });
});
