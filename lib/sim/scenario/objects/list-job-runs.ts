import { CronExpressionParser } from "cron-parser";
import { hashKey } from "../hash-key";
import type { JobRun } from "./workload-template";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The Jobs a CronJob's history limits keep at `now` (3 successful, 1 failed): the run that last
 * succeeded `lastSuccessHoursAgo` hours ago and up to two successes before it; if runs were
 * scheduled after that success, they failed and the latest of them is kept. Oldest first.
 */
export function listJobRuns({
  schedule,
  now,
  lastSuccessHoursAgo = 0,
  key,
}: {
  schedule: string;
  now: Date;
  lastSuccessHoursAgo?: number;
  /** Varies run durations between CronJobs. */
  key: string;
}): JobRun[] {
  const durationOf = (time: Date) => 25 + (hashKey({ key: `run:${key}:${time.getTime()}` })[0] % 140);
  const latest = CronExpressionParser.parse(schedule, { currentDate: now, tz: "UTC" }).prev().toDate();
  const cutoff = new Date(now.getTime() - lastSuccessHoursAgo * HOUR_MS);
  const successes = CronExpressionParser.parse(schedule, { currentDate: cutoff, tz: "UTC" });
  const runs: JobRun[] = [];
  for (let index = 0; index < 3; index += 1) {
    const scheduledAt = successes.prev().toDate();
    runs.unshift({ scheduledAt, succeeded: true, durationSeconds: durationOf(scheduledAt) });
  }
  const lastSuccess = runs.at(-1);
  if (lastSuccess && latest.getTime() > lastSuccess.scheduledAt.getTime()) {
    runs.push({ scheduledAt: latest, succeeded: false, durationSeconds: durationOf(latest) });
  }
  return runs;
}

/** Whether `schedule` is a cron expression the CronJob controller would accept (5 fields). */
export function isValidSchedule({ schedule }: { schedule: string }): boolean {
  if (schedule.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(schedule, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}
