import { ExpiryBadge } from "@/components/ui/expiry-badge";

/** The earliest client-certificate expiry of a cluster, or why there is none. */
export function CredentialExpiry({ expiresAt }: { expiresAt: string | null }) {
  if (!expiresAt) return <span className="badge">Token, no expiry</span>;
  return <ExpiryBadge notAfter={expiresAt} />;
}
