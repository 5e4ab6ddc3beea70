"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { describeNodeRows, summarizeNodes } from "@/lib/client/nodes/describe-node-rows";
import { useClusterNodes } from "@/lib/client/nodes/use-cluster-nodes";
import type { NodeListView } from "@/lib/shared/node-view";
import { NodeCompareTable } from "./node-compare-table";
import { NodeTable } from "./node-table";
import { SnapshotSource } from "./snapshot-source";
import styles from "./nodes.module.css";

/** /clusters/[id]/nodes: every node of the latest snapshot, then the Talos nodes compared side by side. */
export function ClusterNodes({ clusterId }: { clusterId: string }) {
  const nodes = useClusterNodes(clusterId);
  const back = (
    <Link href={`/clusters/${encodeURIComponent(clusterId)}`} className="back-link">
      <Icon name="back" size={14} />
      {nodes.data?.cluster.name ?? "Cluster"}
    </Link>
  );
  if (nodes.isPending) {
    return (
      <>
        {back}
        <PageHeader title="Nodes" />
        <LoadingState label="Loading the nodes…" rows={6} />
      </>
    );
  }
  if (nodes.isError) {
    return (
      <>
        {back}
        <PageHeader title="Nodes" />
        <ErrorState title="The nodes could not be loaded" error={nodes.error} onRetry={() => void nodes.refetch()} />
      </>
    );
  }
  const view = nodes.data;
  return (
    <>
      {back}
      <PageHeader
        title="Nodes"
        description={
          view.source ? (
            <>
              {view.cluster.name} · <SnapshotSource source={view.source} />
            </>
          ) : (
            view.cluster.name
          )
        }
      />
      <NodesBody view={view} />
    </>
  );
}

function NodesBody({ view }: { view: NodeListView }) {
  if (view.state === "not-collected") {
    return (
      <EmptyState icon="clock" title="No collection stored yet">
        <p>
          Nodes appear here after the first collection of {view.cluster.name}. Start one with “Collect now” on the{" "}
          <Link href={`/clusters/${encodeURIComponent(view.cluster.id)}`}>cluster page</Link>, or wait for its schedule.
        </p>
      </EmptyState>
    );
  }
  if (view.state === "no-nodes") {
    return (
      <EmptyState icon="warning" title="No node could be listed">
        <p>The latest collection could not read the cluster&apos;s nodes.</p>
        {view.errors.map((error) => (
          <p key={error.target}>
            <code>{error.target}</code> · {error.kind}: {error.message}
          </p>
        ))}
      </EmptyState>
    );
  }
  const summary = summarizeNodes(view.nodes);
  return (
    <div className="stack">
      {view.talosUnavailableReason ? (
        <Alert tone="info" title="No Talos data for this cluster">
          {view.talosUnavailableReason} Its Kubernetes nodes are listed below.
        </Alert>
      ) : null}
      <section aria-label="Node summary" className={`stat-grid ${styles.summary}`}>
        <Stat value={summary.total} label={summary.total === 1 ? "node" : "nodes"} />
        <Stat value={summary.failing} label="failing a node check" tone={summary.failing > 0 ? "danger" : undefined} />
        <Stat
          value={summary.overriddenSysctls}
          label="KSPP sysctls overridden or missing"
          tone={summary.overriddenSysctls > 0 ? "danger" : undefined}
        />
        <Stat
          value={summary.differing}
          label={summary.differing === 1 ? "node differs from its peers" : "nodes differ from their peers"}
          tone={summary.differing > 0 ? "warning" : undefined}
        />
      </section>
      <section className="card" aria-labelledby="node-list-title">
        <div className="card-header">
          <div className="stack-sm" style={{ gap: 2 }}>
            <h2 id="node-list-title">Node list</h2>
            <p>Open a node for its security state, kernel parameters, command line and services.</p>
          </div>
          {view.compare ? (
            <a className="btn btn-sm row-end" href="#compare">
              Compare nodes
            </a>
          ) : null}
        </div>
        <NodeTable clusterId={view.cluster.id} rows={describeNodeRows(view.nodes)} />
      </section>
      {view.compare ? (
        <section className={`card ${styles.anchor}`} id="compare" aria-labelledby="compare-title">
          <div className="card-header">
            <div className="stack-sm" style={{ gap: 2 }}>
              <h2 id="compare-title">Compare nodes</h2>
              <p>
                {view.compare.outliers.length === 0
                  ? "Every Talos node agrees with its peers on every attribute."
                  : `${view.compare.outliers.map((outlier) => outlier.name).join(", ")} ${
                      view.compare.outliers.length === 1 ? "differs" : "differ"
                    } from the majority of peers.`}
              </p>
            </div>
          </div>
          <NodeCompareTable clusterId={view.cluster.id} compare={view.compare} />
        </section>
      ) : null}
    </div>
  );
}

function Stat({ value, label, tone }: { value: number; label: string; tone?: "danger" | "warning" }) {
  const toneClass = tone === "danger" ? styles.statDanger : tone === "warning" ? styles.statWarning : "";
  return (
    <div className="card stat">
      <span className={`stat-value ${toneClass}`}>{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}
