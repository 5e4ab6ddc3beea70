import { Icon } from "@/components/ui/icon";
import { describePackStatus, isPackActive, shortHash } from "@/lib/client/evidence/describe-evidence";
import { evidencePackDownloadPath } from "@/lib/client/evidence/fetch-evidence";
import { formatBytes } from "@/lib/client/format/format-bytes";
import type { EvidencePackView } from "@/lib/shared/evidence-pack-view";
import { CopyHashButton } from "./copy-hash-button";
import { PackStatusBadge } from "./pack-status-badge";
import styles from "./evidence.module.css";

/**
 * The pack just asked for: a sweep while the request is in flight (`pack` null; the server builds
 * while it answers) or the pack is queued or building, then its hash and the download.
 */
export function EvidencePackProgress({ pack }: { pack: EvidencePackView | null }) {
  if (!pack) {
    return (
      <section className={styles.progressRow} aria-label="New pack" aria-busy data-status="building">
        <div className="row">
          <PackStatusBadge status="building" />
          <p role="status" style={{ margin: 0 }}>
            {describePackStatus({ status: "building", error: null }).sentence}
          </p>
        </div>
        <progress className={styles.progress} aria-label="Building the evidence pack" />
      </section>
    );
  }
  const status = describePackStatus(pack);
  const isActive = isPackActive(pack.status);
  return (
    <section
      className={styles.progressRow}
      aria-label="New pack"
      aria-busy={isActive}
      data-pack={pack.id}
      data-status={pack.status}
    >
      <div className="row">
        <PackStatusBadge status={pack.status} />
        <p role="status" style={{ margin: 0 }}>
          {status.sentence}
        </p>
      </div>
      {isActive ? <progress className={styles.progress} aria-label="Building the evidence pack" /> : null}
      {pack.status === "ready" && pack.manifestSha256 ? (
        <>
          <p className={styles.hash}>
            <span className="muted">Manifest SHA-256</span>
            <code title={pack.manifestSha256}>{shortHash(pack.manifestSha256)}</code>
            <CopyHashButton value={pack.manifestSha256} label="Copy the manifest SHA-256 of the new pack" />
          </p>
          <div className="row">
            <a className="btn btn-primary" href={evidencePackDownloadPath(pack.id)} download>
              <Icon name="evidence" />
              Download pack
            </a>
            {pack.sizeBytes !== null ? <span className="muted">{formatBytes(pack.sizeBytes)} zip</span> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
