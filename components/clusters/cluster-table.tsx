import Link from "next/link";
import { isClusterView, type AnyClusterView } from "@/lib/client/clusters/fetch-clusters";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { CollectionCell } from "@/components/runs/collection-cell";
import { ClusterLabels } from "./cluster-labels";
import { CredentialExpiry } from "./credential-expiry";

function Endpoints({ cluster }: { cluster: ClusterView }) {
  const talos = cluster.talos;
  return (
    <>
      <span className="mono nowrap" style={{ fontSize: 12.5 }}>
        {cluster.kubernetes.server}
      </span>
      <div className="muted" style={{ fontSize: 12.5 }}>
        {talos
          ? `Talos API: ${talos.endpoints.length} endpoint${talos.endpoints.length === 1 ? "" : "s"}`
          : "Talos API: not registered"}
      </div>
    </>
  );
}

/**
 * The cluster registry as a table. Credential columns (endpoints, expiry) appear only when the
 * caller's role received them; viewers get names and placement. With `collectionNow` (the time
 * ages are measured from), a Collection column shows each cluster's freshness.
 */
export function ClusterTable({
  clusters,
  showCredentials,
  collectionNow = null,
  hrefFor,
  caption,
}: {
  clusters: AnyClusterView[];
  showCredentials: boolean;
  collectionNow?: number | null;
  hrefFor: (id: string) => string;
  caption: string;
}) {
  return (
    <div className="card table-wrap">
      {/* The Collection column makes the table wide: tighter cells keep it within a laptop screen. */}
      <table className={collectionNow !== null ? "table table-compact" : "table"}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {collectionNow !== null ? <th scope="col">Collection</th> : null}
            <th scope="col">Environment</th>
            <th scope="col">Site</th>
            <th scope="col">Labels</th>
            {showCredentials ? (
              <>
                <th scope="col">Endpoints</th>
                <th scope="col">Credentials</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <tr key={cluster.id}>
              {/* A DNS-label name broken at a dash reads as two names. */}
              <th scope="row" className="nowrap">
                <Link href={hrefFor(cluster.id)}>{cluster.name}</Link>
              </th>
              {collectionNow !== null ? (
                <td className="nowrap">
                  <CollectionCell collection={cluster.collection} now={collectionNow} />
                </td>
              ) : null}
              <td className="nowrap">{ENVIRONMENT_LABELS[cluster.environment]}</td>
              <td className="nowrap">{cluster.site ?? <span className="muted">—</span>}</td>
              <td>
                <ClusterLabels labels={cluster.labels} />
              </td>
              {showCredentials ? (
                isClusterView(cluster) ? (
                  <>
                    <td>
                      <Endpoints cluster={cluster} />
                    </td>
                    <td className="nowrap">
                      <CredentialExpiry expiresAt={cluster.credentialsExpireAt} />
                    </td>
                  </>
                ) : (
                  <td colSpan={2} className="muted">
                    —
                  </td>
                )
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
