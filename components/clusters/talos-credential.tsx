import { Alert } from "@/components/ui/alert";
import { DetailList } from "@/components/ui/detail-list";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { CertificateAuthorityList } from "./certificate-authority-list";
import { CertificateSummary } from "./certificate-summary";

/** Talos credential metadata, or a plain note that only Kubernetes is read. */
export function TalosCredential({ talos }: { talos: ClusterView["talos"] }) {
  return (
    <section className="card" aria-labelledby="talos-title">
      <div className="card-header">
        <h2 id="talos-title">Talos API</h2>
      </div>
      {talos ? (
        <div className="card-body stack-sm" style={{ paddingBlock: 8 }}>
          {talos.warnings && talos.warnings.length > 0 ? (
            <div style={{ paddingTop: 12 }}>
              <Alert tone="warning" title="Check this credential">
                <ul className="plain-list">
                  {talos.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          <DetailList
            items={[
              { label: "Endpoints", value: <span className="mono">{talos.endpoints.join(", ")}</span> },
              {
                label: "Nodes",
                value: talos.nodes.length ? <span className="mono">{talos.nodes.join(", ")}</span> : null,
              },
              { label: "Context", value: <span className="mono">{talos.context}</span> },
              {
                label: "Roles",
                value: talos.roles.length ? (
                  <span className="row" style={{ gap: 6 }}>
                    {talos.roles.map((role) => (
                      <span key={role} className="badge">
                        {role}
                      </span>
                    ))}
                  </span>
                ) : null,
              },
              { label: "Client certificate", value: <CertificateSummary certificate={talos.clientCertificate} /> },
              { label: "Talos CA", value: <CertificateAuthorityList certificates={talos.certificateAuthority} /> },
            ]}
          />
        </div>
      ) : (
        <p className="card-body muted">
          No talosconfig registered: Lotse reads this cluster through the Kubernetes API only.
        </p>
      )}
    </section>
  );
}
