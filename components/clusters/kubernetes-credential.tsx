import { DetailList } from "@/components/ui/detail-list";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { CertificateAuthorityList } from "./certificate-authority-list";
import { CertificateSummary } from "./certificate-summary";

const AUTH_KIND_LABELS = { "client-certificate": "Client certificate", token: "Bearer token" } as const;

/** Kubernetes credential metadata (never key material). */
export function KubernetesCredential({ kubernetes }: { kubernetes: ClusterView["kubernetes"] }) {
  const certificate = kubernetes.clientCertificate;
  const otherContexts = kubernetes.contexts.filter((name) => name !== kubernetes.context);
  return (
    <section className="card" aria-labelledby="kubernetes-title">
      <div className="card-header">
        <h2 id="kubernetes-title">Kubernetes API</h2>
      </div>
      <div className="card-body" style={{ paddingBlock: 8 }}>
        <DetailList
          items={[
            { label: "API server", value: <span className="mono">{kubernetes.server}</span> },
            {
              label: "Context",
              value: (
                <>
                  <span className="mono">{kubernetes.context}</span>
                  {otherContexts.length > 0 ? (
                    <span className="muted"> (file also had: {otherContexts.join(", ")})</span>
                  ) : null}
                </>
              ),
            },
            { label: "Authentication", value: AUTH_KIND_LABELS[kubernetes.authKind] },
            ...(certificate
              ? [
                  { label: "Client certificate", value: <CertificateSummary certificate={certificate} /> },
                  {
                    label: "Groups (O)",
                    value: certificate.organizations.length ? certificate.organizations.join(", ") : null,
                  },
                  { label: "Issuer", value: <span className="mono">{certificate.issuer}</span> },
                  { label: "Key algorithm", value: certificate.keyAlgorithm },
                ]
              : []),
            { label: "Cluster CA", value: <CertificateAuthorityList certificates={kubernetes.certificateAuthority} /> },
          ]}
        />
      </div>
    </section>
  );
}
