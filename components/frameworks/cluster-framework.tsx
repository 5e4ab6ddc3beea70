"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useCluster } from "@/lib/client/clusters/use-cluster";
import { countControls, selectControls } from "@/lib/client/frameworks/control-filter";
import { useClusterFramework } from "@/lib/client/frameworks/use-cluster-framework";
import { useControlFilter } from "@/lib/client/frameworks/use-control-filter";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { FrameworkControlView } from "@/lib/shared/framework-view";
import { ControlFilters } from "./control-filters";
import { ControlTable } from "./control-table";
import { FrameworkHeadline } from "./framework-headline";

const statusOf = (control: FrameworkControlView) => control.status;

/**
 * /clusters/[id]/frameworks/[frameworkId]: one framework on one cluster, control by control, each
 * with the mapped checks, their status and the mapping's provenance; filters kept in the URL.
 */
export function ClusterFramework({
  clusterId,
  frameworkId,
  frameworkName,
}: {
  clusterId: string;
  frameworkId: string;
  frameworkName: string;
}) {
  const cluster = useCluster(clusterId);
  const framework = useClusterFramework({ clusterId, frameworkId });
  const [filter, setFilter] = useControlFilter();
  const clusterName = cluster.data?.name ?? "Cluster";
  const isStale = cluster.data?.collection.freshness === "stale";

  const back = (
    <Link href={`/clusters/${clusterId}`} className="back-link">
      <Icon name="back" size={14} />
      {cluster.data?.name ?? "Cluster"}
    </Link>
  );

  if (framework.isPending) {
    return (
      <>
        {back}
        <PageHeader title={frameworkName} description={`On ${clusterName}`} />
        <LoadingState label="Loading the framework…" rows={6} />
      </>
    );
  }
  if (framework.isError) {
    return (
      <>
        {back}
        <PageHeader title={frameworkName} description={`On ${clusterName}`} />
        <ErrorState
          title="This framework could not be loaded"
          error={framework.error}
          onRetry={() => void framework.refetch()}
        />
      </>
    );
  }
  const view = framework.data;
  const shown = selectControls(view.controls, filter, statusOf);
  return (
    <>
      {back}
      <PageHeader
        title={`${view.name} on ${clusterName}`}
        description={
          <>
            {view.name} {view.version}, control by control: each control passes only when every check mapped to it
            passes here. Catalog {view.catalogVersion}
            {view.evaluatedAt ? (
              <>
                , evaluated <time dateTime={view.evaluatedAt}>{formatDateTime(view.evaluatedAt)}</time>
              </>
            ) : null}
            .
          </>
        }
        actions={
          <Link className="btn" href={`/frameworks/${view.frameworkId}`}>
            Across the fleet
          </Link>
        }
      />
      <div className="stack">
        {isStale ? (
          <Alert tone="warning" title="Stale data">
            This cluster has not been collected successfully for more than twice its schedule: these results are its
            last known state, not a current one.
          </Alert>
        ) : null}
        {view.evaluatedAt === null ? (
          <EmptyState icon="frameworks" title="Not evaluated yet">
            <p>This cluster has no evaluation yet; its controls appear after the first successful collection.</p>
          </EmptyState>
        ) : (
          <section className="card" aria-label="Controls">
            <FrameworkHeadline score={view.score} counts={view.counts} scoreLabel="Score on this cluster" />
            <ControlFilters
              filter={filter}
              counts={countControls(view.controls, statusOf)}
              total={view.controls.length}
              shown={shown.length}
              onChange={setFilter}
            />
            {shown.length === 0 ? (
              <div className="card-body">
                <EmptyState icon="frameworks" title="No control matches">
                  <p>Change the status or the search to see other controls.</p>
                </EmptyState>
              </div>
            ) : (
              <ControlTable controls={shown} clusterId={clusterId} />
            )}
          </section>
        )}
      </div>
    </>
  );
}
