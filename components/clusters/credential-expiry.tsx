import { ExpiryBadge } from "@/components/ui/expiry-badge";
import { formatDate } from "@/lib/client/format/format-date";

/** The earliest client-certificate expiry of a cluster (words and date), or why there is none. */
export function CredentialExpiry({ expiresAt }: { expiresAt: string | null }) {
  if (!expiresAt) return <span className="badge">Token, no expiry</span>;
  // The date is shown, not only in the badge's tooltip: touch and keyboard users never see a title.
  return (
    <>
      <ExpiryBadge notAfter={expiresAt} />
      <div className="muted" style={{ fontSize: 12.5 }}>
        until <time dateTime={expiresAt}>{formatDate(expiresAt)}</time>
      </div>
    </>
  );
}
