import { describePackStatus, describeScope, shortHash, type ScopeNames } from "@/lib/client/evidence/describe-evidence";
import { evidencePackDownloadPath } from "@/lib/client/evidence/fetch-evidence";
import { formatBytes } from "@/lib/client/format/format-bytes";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { EvidencePackView } from "@/lib/shared/evidence-pack-view";
import { CopyHashButton } from "./copy-hash-button";
import { PackStatusBadge } from "./pack-status-badge";
import styles from "./evidence.module.css";

/** Past packs: who asked, when, for what, the manifest hash, size, status and the download. Presentational. */
export function EvidencePackTable({ packs, names }: { packs: EvidencePackView[]; names: ScopeNames }) {
  return (
    <div className="card table-wrap">
      <table className="table">
        <caption className="visually-hidden">Evidence packs</caption>
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Scope</th>
            <th scope="col">Manifest SHA-256</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => {
            const when = formatDateTime(pack.createdAt);
            return (
              <tr key={pack.id} data-pack={pack.id} data-status={pack.status}>
                <th scope="row">
                  <time className="nowrap" dateTime={pack.createdAt}>
                    {when}
                  </time>
                  <div className="muted" style={{ fontWeight: 400 }}>
                    by {pack.createdBy}
                  </div>
                </th>
                <td className={styles.scope}>{describeScope(pack.scope, names)}</td>
                <td>
                  {pack.manifestSha256 ? (
                    <span className={styles.hash}>
                      <code title={pack.manifestSha256} data-hash={pack.manifestSha256}>
                        {shortHash(pack.manifestSha256)}
                      </code>
                      <CopyHashButton
                        value={pack.manifestSha256}
                        label={`Copy the manifest SHA-256 of the pack created ${when}`}
                      />
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num nowrap">{pack.sizeBytes === null ? "—" : formatBytes(pack.sizeBytes)}</td>
                <td>
                  <PackStatusBadge status={pack.status} />
                  {pack.status === "failed" ? <div className="muted">{describePackStatus(pack).sentence}</div> : null}
                </td>
                <td className="num">
                  {pack.status === "ready" ? (
                    <a
                      className="btn btn-sm"
                      href={evidencePackDownloadPath(pack.id)}
                      download
                      aria-label={`Download the pack created ${when}`}
                    >
                      Download
                    </a>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
