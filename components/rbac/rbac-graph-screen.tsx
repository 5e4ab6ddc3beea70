"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/client/format/format-date";
import {
  readRbacUrlState,
  toRbacFilters,
  writeRbacUrlState,
  type RbacUrlState,
} from "@/lib/client/rbac/rbac-url-state";
import { summarizeRbacRisks } from "@/lib/client/rbac/summarize-rbac-risks";
import { toRbacTableRows } from "@/lib/client/rbac/to-rbac-table-rows.adapter";
import { useRbacGraph } from "@/lib/client/rbac/use-rbac-graph";
import { useRbacLayout } from "@/lib/client/rbac/use-rbac-layout";
import type { RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { RbacBindingsTable } from "./rbac-bindings-table";
import { RbacFilters } from "./rbac-filters";
import { RbacGraphCanvas } from "./rbac-graph-canvas";
import { RbacLegend } from "./rbac-legend";
import { RbacRiskTiles } from "./rbac-risk-tiles";
import styles from "./rbac-graph.module.css";

const COLLAPSED_LISTED = 4;

/**
 * /clusters/[id]/rbac: the cluster's RBAC graph with risk tiles, filters and focus kept in the URL
 * (`?namespace=&subject=&risk=&focus=`), and the same data as a table below the graph.
 */
export function RbacGraphScreen({ clusterId }: { clusterId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const url = useMemo(() => readRbacUrlState(params), [params]);
  const filters = useMemo(() => toRbacFilters(url), [url]);
  const graph = useRbacGraph(clusterId, filters);
  const [focusRevision, setFocusRevision] = useState(0);

  const setUrl = useCallback(
    (next: Partial<RbacUrlState>) => {
      // Read the live URL: a debounced search may land after other changes.
      const current = readRbacUrlState(new URLSearchParams(window.location.search));
      router.replace(`${pathname}${writeRbacUrlState({ ...current, ...next })}`, { scroll: false });
    },
    [router, pathname],
  );

  const back = (
    <Link href={`/clusters/${clusterId}`} className="back-link">
      <Icon name="back" size={14} />
      {graph.data?.cluster.name ?? "Cluster"}
    </Link>
  );
  const header = (
    <PageHeader
      title="RBAC graph"
      description={
        <>
          Who can do what{graph.data ? ` on ${graph.data.cluster.name}` : ""}: subjects, the bindings that grant them
          roles, and the rules those roles allow, from the latest collection.
        </>
      }
    />
  );

  if (graph.isPending) {
    return (
      <>
        {back}
        {header}
        <LoadingState label="Loading the RBAC graph…" rows={6} />
      </>
    );
  }
  if (graph.isError) {
    return (
      <>
        {back}
        {header}
        <ErrorState
          title="The RBAC graph could not be loaded"
          error={graph.error}
          onRetry={() => void graph.refetch()}
        />
      </>
    );
  }
  return (
    <>
      {back}
      {header}
      <RbacGraphBody
        view={graph.data}
        url={url}
        isUpdating={graph.isPlaceholderData && graph.isFetching}
        focusRevision={focusRevision}
        onChange={setUrl}
        onSelectFromTable={(id) => {
          setUrl({ focus: id });
          setFocusRevision((revision) => revision + 1);
        }}
      />
    </>
  );
}

function RbacGraphBody({
  view,
  url,
  isUpdating,
  focusRevision,
  onChange,
  onSelectFromTable,
}: {
  view: RbacGraphView;
  url: RbacUrlState;
  isUpdating: boolean;
  focusRevision: number;
  onChange: (next: Partial<RbacUrlState>) => void;
  onSelectFromTable: (id: string) => void;
}) {
  const layout = useRbacLayout(view);
  const rows = useMemo(() => toRbacTableRows(view), [view]);
  const summary = useMemo(() => summarizeRbacRisks(view), [view]);

  if (view.state === "not-collected") {
    return (
      <EmptyState icon="clock" title="No collection yet">
        <p>
          The graph is drawn from the cluster&apos;s latest stored snapshot. Once a collection has run (on its schedule,
          or with <strong>Collect now</strong> on the <Link href={`/clusters/${view.cluster.id}`}>cluster page</Link>),
          it appears here.
        </p>
      </EmptyState>
    );
  }
  if (view.state === "unknown") {
    return (
      <Alert tone="warning" title="RBAC could not be read from this cluster">
        <p>
          The latest collection could not list roles or bindings, so nothing can be drawn. Missing data is never shown
          as safe.
        </p>
        <ul className="plain-list">
          {view.errors.map((error) => (
            <li key={error.target}>
              <code>{error.target}</code> {error.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }

  const selectedId = url.focus && view.nodes.some((node) => node.id === url.focus) ? url.focus : null;
  const layoutKey = JSON.stringify([view.filters, view.snapshot?.hash]);
  return (
    <div className="stack">
      <RbacRiskTiles summary={summary} activeRisk={url.risk} onChoose={(risk) => onChange({ risk, focus: "" })} />
      <RbacFilters state={url} namespaces={view.namespaces} onChange={onChange} />
      <p className={styles.statusLine} role="status" aria-live="polite">
        <span>
          Showing {view.matched.bindings} of {view.totals.bindings} bindings · {view.matched.subjects} subjects ·{" "}
          {view.matched.roles} roles
        </span>
        {view.snapshot ? (
          <span>
            Snapshot <code title={view.snapshot.hash}>{view.snapshot.hash.slice(0, 12)}</code>, collected{" "}
            {formatDateTime(view.snapshot.collectedAt)}
          </span>
        ) : null}
        {isUpdating ? <span>Updating…</span> : null}
      </p>
      {view.isIncomplete ? (
        <Alert tone="warning" title="Some RBAC lists were incomplete">
          Bindings may be missing from this graph: {view.errors.map((error) => error.message).join("; ")}
        </Alert>
      ) : null}
      {view.collapsed.length > 0 ? (
        <Alert tone="info" title={`Large groups are collapsed to keep the graph under ${view.nodeLimit} nodes`}>
          {view.collapsed
            .slice(0, COLLAPSED_LISTED)
            .map((entry) => entry.description)
            .join("; ")}
          {view.collapsed.length > COLLAPSED_LISTED
            ? `; and ${view.collapsed.length - COLLAPSED_LISTED} more groups`
            : ""}
          . Filter by namespace or subject to see their members.
        </Alert>
      ) : null}
      {view.nodes.length === 0 ? (
        <EmptyState
          title={
            url.namespace || url.subject || url.risk ? "Nothing matches these filters" : "No bindings in this snapshot"
          }
          actions={
            url.namespace || url.subject || url.risk ? (
              <button
                type="button"
                className="btn"
                onClick={() => onChange({ namespace: "", subject: "", risk: "", focus: "" })}
              >
                Clear filters
              </button>
            ) : undefined
          }
        />
      ) : (
        <>
          <section className={`card ${styles.graphCard}`} aria-label="Graph">
            {layout.isPending ? (
              <div className={styles.canvasLoading}>
                <LoadingState label="Laying out the graph…" rows={4} />
              </div>
            ) : layout.isError ? (
              <div className="card-body">
                <ErrorState
                  title="The graph could not be laid out"
                  error={layout.error}
                  onRetry={() => void layout.refetch()}
                />
              </div>
            ) : (
              <RbacGraphCanvas
                view={view}
                positions={layout.data}
                layoutKey={layoutKey}
                selectedId={selectedId}
                focusRevision={focusRevision}
                onSelect={(id) => onChange({ focus: id ?? "" })}
              />
            )}
            <RbacLegend />
          </section>
          <section className="card" aria-labelledby="rbac-table-title">
            <div className="card-header">
              <h2 id="rbac-table-title">Bindings</h2>
              <p>The same graph as a table. Choose a binding to trace it in the graph.</p>
            </div>
            <RbacBindingsTable rows={rows} selectedId={selectedId} onSelect={onSelectFromTable} />
          </section>
        </>
      )}
    </div>
  );
}
