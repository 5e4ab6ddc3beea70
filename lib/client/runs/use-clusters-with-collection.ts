import { useQuery } from "@tanstack/react-query";
import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import { fetchClusters, type AnyClusterView } from "@/lib/client/clusters/fetch-clusters";
import { isRunFinal } from "@/lib/shared/run-view";

/** While any listed cluster has a queued or running collection, the list is re-read this often. */
export const CLUSTER_LIST_POLL_MS = 2_000;

/** How many clusters have a queued or running collection. */
export function countActiveCollections(clusters: readonly AnyClusterView[] | undefined): number {
  return (clusters ?? []).filter((cluster) => {
    const lastRun = cluster.collection.lastRun;
    return lastRun !== null && !isRunFinal(lastRun.status);
  }).length;
}

/**
 * The cluster list (same cache entry as `useClusters`), re-read every 2 s while collections are
 * active when `isLive`, so freshness and run states change on screen without a reload.
 */
export function useClustersWithCollection({ isLive }: { isLive: boolean }) {
  return useQuery({
    queryKey: clusterKeys.list(),
    queryFn: ({ signal }) => fetchClusters({ signal }),
    refetchInterval: (query) =>
      isLive && query.state.status !== "error" && countActiveCollections(query.state.data) > 0
        ? CLUSTER_LIST_POLL_MS
        : false,
  });
}
