const DAY_MS = 86_400_000;
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryTone = "ok" | "warning" | "danger";

export interface ExpiryDescription {
  tone: ExpiryTone;
  /** Words that carry the meaning on their own (colour only repeats it). */
  label: string;
  days: number;
}

/** "Expires in 12 days" (warning ≤ 30 days), "Expired 3 days ago" (danger), "Expires in 200 days" (ok). */
export function describeExpiry({ notAfter, now = Date.now() }: { notAfter: string; now?: number }): ExpiryDescription {
  const diff = new Date(notAfter).getTime() - now;
  if (diff <= 0) {
    const days = Math.floor(-diff / DAY_MS);
    return { tone: "danger", days: -days, label: days === 0 ? "Expired today" : `Expired ${plural(days)} ago` };
  }
  const days = Math.floor(diff / DAY_MS);
  const label = days === 0 ? "Expires today" : `Expires in ${plural(days)}`;
  return { tone: days <= EXPIRY_WARNING_DAYS ? "warning" : "ok", days, label };
}

function plural(days: number): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}
