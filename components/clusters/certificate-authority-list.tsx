import type { CertificateView } from "@/lib/shared/cluster-view";
import { CertificateSummary } from "./certificate-summary";

export function CertificateAuthorityList({ certificates }: { certificates: CertificateView[] | undefined }) {
  if (!certificates || certificates.length === 0) return <span className="muted">System trust store</span>;
  return (
    <span className="stack-sm">
      {certificates.map((certificate) => (
        <CertificateSummary key={certificate.fingerprintSha256} certificate={certificate} />
      ))}
    </span>
  );
}
