import { ExpiryBadge } from "@/components/ui/expiry-badge";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { CertificateView } from "@/lib/shared/cluster-view";

/** Who a certificate names and until when it is valid, in words and as a badge. */
export function CertificateSummary({ certificate }: { certificate: CertificateView }) {
  return (
    <span className="stack-sm" style={{ gap: 4 }}>
      <span className="mono" style={{ fontSize: 12.5 }}>
        {certificate.subject}
      </span>
      <span className="row" style={{ gap: 8 }}>
        <ExpiryBadge notAfter={certificate.notAfter} />
        <span className="muted">valid until {formatDateTime(certificate.notAfter)}</span>
      </span>
    </span>
  );
}
