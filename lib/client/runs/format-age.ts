const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long ago, compact: "just now", "12 min ago", "5 h ago", "3 d ago" (a future time reads "just now"). */
export function formatAge({ at, now }: { at: string; now: number }): string {
  const elapsed = now - new Date(at).getTime();
  if (Number.isNaN(elapsed) || elapsed < MINUTE_MS) return "just now";
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  return `${Math.floor(elapsed / DAY_MS)} d ago`;
}
