const DAY_MS = 86_400_000;

/** YYYY-MM-DD (UTC) of a time. */
export function toDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Midnight UTC starting `day` (YYYY-MM-DD). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Midnight UTC ending `day`: evaluations before it count for that day. */
export function endOfDay(day: string): Date {
  return new Date(startOfDay(day).getTime() + DAY_MS);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(startOfDay(day).getTime() + days * DAY_MS));
}

/** Every day from `from` to `to`, both included. */
export function listDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Days in [from, to], both included. */
export function countDays(from: string, to: string): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS) + 1;
}
