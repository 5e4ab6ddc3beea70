import { describe, expect, it } from "vitest";
import { computeFreshness, cronIntervalMs, latestCronSlot } from "./cron-slots";

const at = (iso: string) => new Date(iso);

describe("cron slots", () => {
  it("finds the latest slot at or before now, in UTC", () => {
    expect(latestCronSlot({ schedule: "0 * * * *", now: at("2026-11-23T10:42:13Z") })).toEqual(
      at("2026-11-23T10:00:00Z"),
    );
    expect(latestCronSlot({ schedule: "0 * * * *", now: at("2026-11-23T10:00:00Z") })).toEqual(
      at("2026-11-23T10:00:00Z"),
    );
    expect(latestCronSlot({ schedule: "*/15 * * * *", now: at("2026-11-23T10:44:59Z") })).toEqual(
      at("2026-11-23T10:30:00Z"),
    );
    expect(latestCronSlot({ schedule: "30 2 * * *", now: at("2026-11-23T01:00:00Z") })).toEqual(
      at("2026-11-22T02:30:00Z"),
    );
  });

  it("measures the interval between slots", () => {
    expect(cronIntervalMs({ schedule: "0 * * * *", now: at("2026-11-23T10:42:00Z") })).toBe(3_600_000);
    expect(cronIntervalMs({ schedule: "*/5 * * * *", now: at("2026-11-23T10:42:00Z") })).toBe(300_000);
    expect(cronIntervalMs({ schedule: "0 3 * * *", now: at("2026-11-23T10:42:00Z") })).toBe(86_400_000);
  });

  it("is STALE after twice the schedule without a successful run", () => {
    const base = { schedule: "0 * * * *", createdAt: at("2026-11-01T00:00:00Z") };
    const now = at("2026-11-23T12:00:00Z");
    expect(computeFreshness({ ...base, lastSuccessAt: at("2026-11-23T10:30:00Z"), now })).toBe("fresh");
    expect(computeFreshness({ ...base, lastSuccessAt: at("2026-11-23T10:00:00Z"), now })).toBe("fresh");
    expect(computeFreshness({ ...base, lastSuccessAt: at("2026-11-23T09:59:59Z"), now })).toBe("stale");
    expect(computeFreshness({ ...base, lastSuccessAt: null, now })).toBe("stale");
    expect(computeFreshness({ ...base, createdAt: at("2026-11-23T11:50:00Z"), lastSuccessAt: null, now })).toBe(
      "never",
    );
  });
});
