const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export const HISTORY_INTERVALS = { "1h": 1, "6h": 6, "1d": 24 } as const;
export type HistoryInterval = keyof typeof HISTORY_INTERVALS;

export interface HistorySlot {
  /** Days relative to today (0 = today, UTC), the simulator's timeline day. */
  day: number;
  at: Date;
}

/**
 * The scheduled run times of `days` days up to `now`, oldest first: every `interval` from
 * midnight UTC (as the default cron `0 * * * *` would fire), none after `now`.
 */
export function planHistorySlots({
  days,
  interval,
  now,
}: {
  days: number;
  interval: HistoryInterval;
  now: Date;
}): HistorySlot[] {
  if (!Number.isInteger(days) || days < 1) throw new Error(`days must be a whole number ≥ 1, got ${days}`);
  const hours = HISTORY_INTERVALS[interval];
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const slots: HistorySlot[] = [];
  for (let day = 1 - days; day <= 0; day++) {
    for (let hour = 0; hour < 24; hour += hours) {
      const at = new Date(today + day * DAY_MS + hour * HOUR_MS);
      if (at.getTime() <= now.getTime()) slots.push({ day, at });
    }
  }
  return slots;
}
