import { describeExpiry } from "@/lib/client/format/describe-expiry";
import { formatDate } from "@/lib/client/format/format-date";
import { Icon } from "./icon";

const TONE_CLASS = { ok: "badge", warning: "badge badge-warning", danger: "badge badge-danger" } as const;

/** Certificate expiry as words ("Expires in 12 days") with colour as a second cue; the date is in the tooltip. */
export function ExpiryBadge({ notAfter }: { notAfter: string }) {
  const expiry = describeExpiry({ notAfter });
  return (
    <span className={TONE_CLASS[expiry.tone]} title={`Valid until ${formatDate(notAfter)}`}>
      {expiry.tone === "ok" ? <Icon name="clock" size={12} /> : <Icon name="warning" size={12} />}
      {expiry.label}
    </span>
  );
}
