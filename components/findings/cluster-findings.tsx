"use client";

import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import {
  describeStatusCounts,
  findingFacets,
  findingKey,
  type FindingFacets,
} from "@/lib/client/findings/describe-finding";
import { isEvaluationPending } from "@/lib/client/findings/describe-evaluation";
import { isFiltered } from "@/lib/client/findings/findings-filter";
import { useClusterFindings } from "@/lib/client/findings/use-cluster-findings";
import { useFindingsFilter } from "@/lib/client/findings/use-findings-filter";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { ClusterFindingsView } from "@/lib/shared/finding-view";
import type { Role } from "@/lib/shared/roles";
import { FindingItem } from "./finding-item";
import { FindingsFilters } from "./findings-filters";
import styles from "./findings.module.css";

const PAGE_SIZE = 50;

/**
 * /clusters/[id] → Findings: the cluster's current findings, failing and unknown first, filtered by
 * framework, status, check and namespace (kept in the URL), each opening to its evidence and fix.
 */
export function ClusterFindings({
  clusterId,
  role,
  lastSuccessAt,
  facets,
  frameworks,
}: {
  clusterId: string;
  role: Role;
  lastSuccessAt: string | null;
  /** What the cluster's unfiltered findings contain (null while they load). */
  facets: FindingFacets | null;
  frameworks: { id: string; name: string }[];
}) {
  const [filter, setFilter] = useFindingsFilter();
  const findings = useClusterFindings({ clusterId, filter, lastSuccessAt });
  const frameworkNames = new Map(frameworks.map((framework) => [framework.id, framework.name]));

  return (
    <section className="card" id="findings" aria-labelledby="findings-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="findings-title">Findings</h2>
          <p>
            <FindingsCaption view={findings.data ?? null} />
          </p>
        </div>
      </div>
      <FindingsFilters filter={filter} facets={facets} frameworks={frameworks} onChange={setFilter} />
      {findings.isPending ? (
        <LoadingState label="Loading findings…" rows={4} />
      ) : findings.isError ? (
        <div className={styles.pad}>
          <ErrorState
            title="Findings could not be loaded"
            error={findings.error}
            onRetry={() => void findings.refetch()}
          />
        </div>
      ) : findings.data.evaluation === null ? (
        <div className={styles.pad}>
          <NotEvaluated lastSuccessAt={lastSuccessAt} />
        </div>
      ) : findings.data.items.length === 0 ? (
        <div className={styles.pad}>
          <EmptyState icon="info" title={isFiltered(filter) ? "No findings match these filters" : "No findings"}>
            <p>
              {isFiltered(filter)
                ? "Other filters, or none, show the rest of this cluster's findings."
                : "The latest evaluation produced no findings for this cluster."}
            </p>
          </EmptyState>
        </div>
      ) : (
        <FindingList
          // A new filter starts again at the first page.
          key={JSON.stringify(filter)}
          view={findings.data}
          clusterId={clusterId}
          role={role}
          frameworkNames={frameworkNames}
          isUpdating={findings.isPlaceholderData}
        />
      )}
    </section>
  );
}

function FindingsCaption({ view }: { view: ClusterFindingsView | null }) {
  if (!view?.evaluation) return <>What each check found on this cluster, failing and unknown first.</>;
  return (
    <>
      Evaluated <time dateTime={view.evaluation.evaluatedAt}>{formatDateTime(view.evaluation.evaluatedAt)}</time> with
      catalog {view.evaluation.catalogVersion} from snapshot{" "}
      <code title={view.evaluation.snapshotHash}>{view.evaluation.snapshotHash.slice(0, 12)}</code>
    </>
  );
}

function NotEvaluated({ lastSuccessAt }: { lastSuccessAt: string | null }) {
  const [now] = useState(() => Date.now());
  const isPending = isEvaluationPending({ lastSuccessAt, evaluatedAt: null, now });
  return (
    <EmptyState icon="clock" title="Not evaluated yet">
      <p>
        {isPending
          ? "The latest collection is being evaluated; findings appear here in a moment."
          : lastSuccessAt
            ? "No evaluation is recorded for this cluster's data yet. The next collection evaluates it."
            : "Findings appear after the first successful collection, which is evaluated right away."}
      </p>
    </EmptyState>
  );
}

function FindingList({
  view,
  clusterId,
  role,
  frameworkNames,
  isUpdating,
}: {
  view: ClusterFindingsView;
  clusterId: string;
  role: Role;
  frameworkNames: ReadonlyMap<string, string>;
  isUpdating: boolean;
}) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const items = view.items.slice(0, shown);
  const counts = findingFacets(view.items).byStatus;
  return (
    <>
      <p className={styles.listSummary} aria-live="polite">
        <strong>
          {view.items.length} {view.items.length === 1 ? "finding" : "findings"}
        </strong>
        <span className="muted"> · {describeStatusCounts(counts)}</span>
        {isUpdating ? <span className="muted"> · updating…</span> : null}
      </p>
      <ul className={styles.list} aria-label="Findings" aria-busy={isUpdating}>
        {items.map((finding) => (
          <FindingItem
            key={findingKey(finding)}
            finding={finding}
            clusterId={clusterId}
            platform={view.platform}
            role={role}
            frameworkNames={frameworkNames}
          />
        ))}
      </ul>
      {view.items.length > shown ? (
        <div className={styles.more}>
          <button type="button" className="btn" onClick={() => setShown((count) => count + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, view.items.length - shown)} more
          </button>
          <span className="muted">
            {shown} of {view.items.length} shown
          </span>
        </div>
      ) : null}
    </>
  );
}
