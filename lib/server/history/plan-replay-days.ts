export const DEFAULT_REPLAY_STEP_DAYS = 7;

/**
 * The days a history replay collects on, oldest first: the first day, then every `stepDays` days
 * up to today (0), plus every day the timeline changes something, so no change is missed and
 * each one shows on the day it happened. Days after 0 (a scenario's future) are left out.
 */
export function planReplayDays({
  changeDays,
  firstDay = Math.min(0, ...changeDays),
  stepDays = DEFAULT_REPLAY_STEP_DAYS,
}: {
  changeDays: readonly number[];
  firstDay?: number;
  stepDays?: number;
}): number[] {
  if (!Number.isInteger(firstDay) || firstDay > 0) throw new Error(`the first replay day must be ≤ 0, got ${firstDay}`);
  if (!Number.isInteger(stepDays) || stepDays < 1) throw new Error(`the replay step must be ≥ 1 day, got ${stepDays}`);
  const days = new Set<number>([0]);
  for (let day = firstDay; day <= 0; day += stepDays) days.add(day);
  for (const day of changeDays) if (day >= firstDay && day <= 0) days.add(day);
  return [...days].sort((a, b) => a - b);
}

const DAY_MS = 86_400_000;

/** When a replayed day's collection happened: `day` whole days before (or at) `now`. */
export function replayTime({ day, now }: { day: number; now: Date }): Date {
  return new Date(now.getTime() + day * DAY_MS);
}
