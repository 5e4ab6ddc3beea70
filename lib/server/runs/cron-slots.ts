import { CronExpressionParser } from "cron-parser";

/** The latest slot of a 5-field UTC cron schedule at or before `now`. */
export function latestCronSlot({ schedule, now }: { schedule: string; now: Date }): Date {
  const expression = CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1), tz: "UTC" });
  return expression.prev().toDate();
}

/** The time between two consecutive slots after `now` (for irregular crons, the next gap). */
export function cronIntervalMs({ schedule, now }: { schedule: string; now: Date }): number {
  const expression = CronExpressionParser.parse(schedule, { currentDate: now, tz: "UTC" });
  const first = expression.next().getTime();
  const second = expression.next().getTime();
  return second - first;
}

export type Freshness = "fresh" | "stale" | "never";

/**
 * STALE: no successful run for more than twice the schedule's interval (since the last success,
 * or since registration when there never was one). `never`: registered recently, not collected yet.
 */
export function computeFreshness({
  schedule,
  lastSuccessAt,
  createdAt,
  now,
}: {
  schedule: string;
  lastSuccessAt: Date | null;
  createdAt: Date;
  now: Date;
}): Freshness {
  const limit = 2 * cronIntervalMs({ schedule, now });
  const since = lastSuccessAt ?? createdAt;
  if (now.getTime() - since.getTime() > limit) return "stale";
  return lastSuccessAt ? "fresh" : "never";
}
