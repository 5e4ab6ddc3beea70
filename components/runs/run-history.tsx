"use client";

import { Alert } from "@/components/ui/alert";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { describeRunHistory } from "@/lib/client/runs/describe-run-history";
import { useClusterRuns } from "@/lib/client/runs/use-cluster-runs";
import { RunHistoryTable } from "./run-history-table";

/** The cluster's collection runs, 20 at a time, newest first; re-read while one is still going. */
export function RunHistory({ clusterId }: { clusterId: string }) {
  const runs = useClusterRuns(clusterId);
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card" aria-labelledby="run-history-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="run-history-title">Run history</h2>
          <p>Every collection of this cluster, newest first. Runs that read the same state share one snapshot.</p>
        </div>
      </div>
      {runs.isPending ? (
        <LoadingState label="Loading the run history…" rows={3} />
      ) : runs.isError && items.length === 0 ? (
        <div className="card-body">
          <ErrorState
            title="The run history could not be loaded"
            error={runs.error}
            onRetry={() => void runs.refetch()}
          />
        </div>
      ) : items.length === 0 ? (
        <p className="card-body muted">No collection has run yet.</p>
      ) : (
        <>
          <RunHistoryTable rows={describeRunHistory(items)} />
          {runs.isFetchNextPageError ? (
            <div className="card-body">
              <Alert tone="danger" isLive>
                Older runs could not be loaded: {runs.error?.message}
              </Alert>
            </div>
          ) : null}
          {runs.hasNextPage ? (
            <div
              className="row"
              style={{ justifyContent: "center", padding: 16, borderTop: "1px solid var(--border)" }}
            >
              <button
                type="button"
                className="btn"
                onClick={() => void runs.fetchNextPage()}
                disabled={runs.isFetchingNextPage}
              >
                {runs.isFetchingNextPage ? "Loading…" : "Load more"}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
