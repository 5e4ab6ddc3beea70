"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { formatDateTime } from "@/lib/client/format/format-date";
import { useCollectNow } from "@/lib/client/runs/use-collect-now";
import { useNow } from "@/lib/client/runs/use-now";
import { useRun } from "@/lib/client/runs/use-run";
import type { ClusterCollectionView, ClusterSummaryView } from "@/lib/shared/cluster-view";
import { isRunFinal } from "@/lib/shared/run-view";
import type { Role } from "@/lib/shared/roles";
import { FreshnessBadge } from "./freshness-badge";
import { RunHistory } from "./run-history";
import { RunProgress } from "./run-progress";
import { ScheduleEditor } from "./schedule-editor";
import styles from "./runs.module.css";

function activeRunId(collection: ClusterCollectionView): string | null {
  const lastRun = collection.lastRun;
  return lastRun && !isRunFinal(lastRun.status) ? lastRun.id : null;
}

/** The run the panel follows: its live progress, or why it cannot be shown. */
function FollowedRun({ run, isJoined }: { run: ReturnType<typeof useRun>; isJoined: boolean }) {
  return (
    <>
      {isJoined ? (
        <div className={styles.settings}>
          <Alert tone="info" isLive>
            A collection was already running; following it.
          </Alert>
        </div>
      ) : null}
      {run.data ? (
        <RunProgress run={run.data} title="Latest collection" />
      ) : run.isError ? (
        <div className={styles.settings}>
          <ErrorState title="The run could not be loaded" error={run.error} onRetry={() => void run.refetch()} />
        </div>
      ) : (
        <LoadingState label="Loading the run…" rows={2} />
      )}
    </>
  );
}

/**
 * /clusters/[id] → Collection: how current the data is, "Collect now" with the run followed live
 * (admins and engineers), the schedule (admins change it), and the run history.
 */
export function CollectionPanel({ cluster, role }: { cluster: ClusterSummaryView; role: Role }) {
  const canCollect = role === "admin" || role === "engineer";
  const now = useNow();
  const collect = useCollectNow(cluster.id);
  // A run already going when the page opens (schedule, a colleague) is followed too.
  const [followed, setFollowed] = useState(() => {
    const id = activeRunId(cluster.collection);
    return id ? { runId: id, isJoined: false } : null;
  });
  const followedRun = useRun(followed?.runId ?? null);
  const isRunActive =
    followed !== null && !followedRun.isError && (!followedRun.data || !isRunFinal(followedRun.data.status));
  const isBusy = collect.isPending || isRunActive;

  function collectNow() {
    if (isBusy) return;
    collect.mutate(undefined, {
      onSuccess: (request) => setFollowed({ runId: request.runId, isJoined: request.joined }),
    });
  }

  const { lastSuccessAt } = cluster.collection;
  return (
    <>
      <section className="card" aria-labelledby="collection-title">
        <div className="card-header">
          <div className="stack-sm" style={{ gap: 2 }}>
            <h2 id="collection-title">Collection</h2>
            <p>Reads the Kubernetes and Talos APIs (read-only) and stores what it found as a snapshot.</p>
          </div>
          {canCollect ? (
            <button
              type="button"
              className="btn btn-primary row-end"
              onClick={collectNow}
              // aria-disabled keeps the button focusable while the run it started is followed.
              aria-disabled={isBusy}
            >
              {isBusy ? "Collecting…" : "Collect now"}
            </button>
          ) : null}
        </div>
        <dl className="summary-grid">
          <div>
            <dt>Freshness</dt>
            <dd>
              <FreshnessBadge collection={cluster.collection} now={now} />
            </dd>
          </div>
          <div>
            <dt>Last success</dt>
            <dd>
              {lastSuccessAt ? (
                <time dateTime={lastSuccessAt}>{formatDateTime(lastSuccessAt)}</time>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
          </div>
          <div style={{ gridColumn: "span 2" }}>
            <dt>Schedule</dt>
            <dd>
              <ScheduleEditor clusterId={cluster.id} schedule={cluster.schedule} canEdit={role === "admin"} />
            </dd>
          </div>
        </dl>
        {collect.isError ? (
          <div className={styles.settings}>
            <Alert tone="danger" isLive title="The collection could not be started">
              {collect.error.message}
            </Alert>
          </div>
        ) : null}
        {followed ? <FollowedRun run={followedRun} isJoined={followed.isJoined} /> : null}
      </section>
      <RunHistory clusterId={cluster.id} />
    </>
  );
}
