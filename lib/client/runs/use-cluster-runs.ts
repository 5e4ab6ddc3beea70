import { useInfiniteQuery } from "@tanstack/react-query";
import { isRunFinal } from "@/lib/shared/run-view";
import { fetchClusterRuns } from "./fetch-runs";
import { runKeys } from "./run-keys";

/** While a listed run is still queued or running, the history is re-read this often. */
export const HISTORY_POLL_MS = 3_000;

/** The cluster's runs, newest first; `fetchNextPage` loads older ones with the server's cursor. */
export function useClusterRuns(clusterId: string) {
  return useInfiniteQuery({
    queryKey: runKeys.cluster(clusterId),
    queryFn: ({ pageParam, signal }) => fetchClusterRuns({ clusterId, before: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
    staleTime: 0,
    refetchInterval: (query) => {
      if (query.state.status === "error") return false;
      const isActive = query.state.data?.pages.some((page) => page.items.some((run) => !isRunFinal(run.status)));
      return isActive ? HISTORY_POLL_MS : false;
    },
  });
}
