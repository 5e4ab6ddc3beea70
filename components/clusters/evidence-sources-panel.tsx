"use client";

import { StatusBadge } from "@/components/findings/status-badge";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { formatDateTime } from "@/lib/client/format/format-date";
import { useEvidenceSources } from "@/lib/client/evidence-sources/use-evidence-sources";
import type { DisplayStatus } from "@/lib/client/frameworks/status-display";
import type { EvidenceSourceHealth } from "@/lib/shared/evidence-source-view";
import styles from "./evidence-sources.module.css";

// Health borrows the finding colours and icons; the word beside it says which health it is.
const HEALTH: Record<EvidenceSourceHealth, { status: DisplayStatus; label: string }> = {
  healthy: { status: "PASS", label: "Healthy" },
  degraded: { status: "WARN", label: "Degraded" },
  failing: { status: "FAIL", label: "Failing" },
  unknown: { status: "UNKNOWN", label: "Unknown" },
};

/**
 * "Evidence sources": the ecosystem tools (backup, CNI, policy engines, log shippers) found in the
 * cluster's latest snapshot, their health and the checks whose findings use them.
 */
export function EvidenceSourcesPanel({ clusterId }: { clusterId: string }) {
  const sources = useEvidenceSources(clusterId);
  return (
    <section className="card" aria-labelledby="evidence-sources-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="evidence-sources-title">Evidence sources</h2>
          <p>
            Tools already running in the cluster that Lotse reads read-only and uses as evidence
            {sources.data?.collectedAt ? `; from the snapshot of ${formatDateTime(sources.data.collectedAt)}` : ""}.
          </p>
        </div>
      </div>
      {sources.isPending ? (
        <LoadingState label="Loading evidence sources…" rows={3} />
      ) : sources.isError ? (
        <ErrorState
          title="Evidence sources could not be loaded"
          error={sources.error}
          onRetry={() => void sources.refetch()}
        />
      ) : sources.data.state === "not-collected" ? (
        <p className="muted">Not collected yet: the tools show after the first collection.</p>
      ) : sources.data.sources.length === 0 ? (
        <p className="muted">No backup, CNI, policy or log-shipping tool was recognised in the latest snapshot.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Evidence sources">
            <thead>
              <tr>
                <th scope="col">Tool</th>
                <th scope="col">Health</th>
                <th scope="col">Found</th>
                <th scope="col">Feeds</th>
              </tr>
            </thead>
            <tbody>
              {sources.data.sources.map((source) => (
                <tr key={source.id} data-source={source.id} data-health={source.health}>
                  <td>
                    <div>{source.tool}</div>
                    <div className="muted">{source.category}</div>
                  </td>
                  <td>
                    <StatusBadge status={HEALTH[source.health].status} label={HEALTH[source.health].label} />
                  </td>
                  <td className={styles.found}>
                    <div>{source.detail}</div>
                    {source.objects.length > 0 ? <div className="muted">{source.objects.join(", ")}</div> : null}
                  </td>
                  <td>
                    {source.feeds.length === 0 ? (
                      <span className="muted">no seed check</span>
                    ) : (
                      <ul className={styles.feeds}>
                        {source.feeds.map((feed) => (
                          <li key={feed.checkId} title={feed.title}>
                            <code>{feed.checkId}</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
