"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import type { AnyClusterView } from "@/lib/client/clusters/fetch-clusters";
import { useClustersWithCollection } from "@/lib/client/runs/use-clusters-with-collection";
import { useNow } from "@/lib/client/runs/use-now";
import { ClusterFilters } from "./cluster-filters";
import { ClusterTable } from "./cluster-table";

function matches(cluster: AnyClusterView, query: string, environment: string): boolean {
  if (environment && cluster.environment !== environment) return false;
  if (!query) return true;
  const needle = query.trim().toLowerCase();
  const haystack = [cluster.name, cluster.site ?? "", ...Object.entries(cluster.labels).map(([k, v]) => `${k}=${v}`)];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/**
 * Registered clusters with URL-kept filters (`?q=&env=`), for /clusters and Settings → Clusters.
 * With `showCollection`, a freshness column, and the list re-reads itself while collections run.
 */
export function ClusterList({
  showCredentials,
  showCollection = false,
  hrefBase,
  emptyState,
}: {
  showCredentials: boolean;
  showCollection?: boolean;
  hrefBase: string;
  emptyState: ReactNode;
}) {
  const clusters = useClustersWithCollection({ isLive: showCollection });
  const now = useNow();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const query = params.get("q") ?? "";
  const environment = params.get("env") ?? "";

  function setFilters(next: { query: string; environment: string }) {
    const search = new URLSearchParams();
    if (next.query) search.set("q", next.query);
    if (next.environment) search.set("env", next.environment);
    const text = search.toString();
    router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
  }

  if (clusters.isPending) return <LoadingState label="Loading clusters…" rows={4} />;
  if (clusters.isError)
    return (
      <ErrorState title="Clusters could not be loaded" error={clusters.error} onRetry={() => void clusters.refetch()} />
    );
  if (clusters.data.length === 0) return <>{emptyState}</>;

  const shown = clusters.data
    .filter((cluster) => matches(cluster, query, environment))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="stack-sm" style={{ gap: 16 }}>
      <ClusterFilters query={query} environment={environment} onChange={setFilters} />
      <p className="muted" role="status" aria-live="polite">
        Showing {shown.length} of {clusters.data.length} {clusters.data.length === 1 ? "cluster" : "clusters"}
      </p>
      {shown.length === 0 ? (
        <EmptyState
          title="No cluster matches these filters"
          actions={
            <button type="button" className="btn" onClick={() => setFilters({ query: "", environment: "" })}>
              Clear filters
            </button>
          }
        />
      ) : (
        <ClusterTable
          clusters={shown}
          showCredentials={showCredentials}
          collectionNow={showCollection ? now : null}
          hrefFor={(id) => `${hrefBase}/${id}`}
          caption="Registered clusters"
        />
      )}
    </div>
  );
}
