import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { isRunFinal } from "@/lib/shared/run-view";
import { nodeKeys } from "@/lib/client/nodes/node-keys";
import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import { fetchRun } from "./fetch-runs";
import { runKeys } from "./run-keys";

/** How often a queued or running run is re-read. */
export const RUN_POLL_MS = 1_000;

/**
 * One run, re-read every second while it is queued or running; polling stops once it is final
 * (or the read failed: "Try again" resumes it). Each status change re-reads the cluster's
 * history, and the end of the run its freshness too, so the page catches up without a reload.
 */
export function useRun(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: runKeys.detail(id ?? ""),
    queryFn: id ? ({ signal }) => fetchRun({ id, signal }) : skipToken,
    staleTime: 0,
    refetchInterval: (current) => {
      if (current.state.status === "error") return false;
      const run = current.state.data;
      return run && isRunFinal(run.status) ? false : RUN_POLL_MS;
    },
  });

  const run = query.data;
  const lastSeen = useRef<string | null>(null);
  useEffect(() => {
    if (!run) return;
    const seen = `${run.id}:${run.status}`;
    if (lastSeen.current === seen) return;
    lastSeen.current = seen;
    void queryClient.invalidateQueries({ queryKey: runKeys.cluster(run.clusterId), exact: true });
    if (!isRunFinal(run.status)) return;
    void queryClient.invalidateQueries({ queryKey: clusterKeys.detail(run.clusterId), exact: true });
    void queryClient.invalidateQueries({ queryKey: clusterKeys.list(), exact: true });
    // The header's platform and versions come from the nodes view of the latest snapshot.
    void queryClient.invalidateQueries({ queryKey: nodeKeys.cluster(run.clusterId), exact: true });
  }, [run, queryClient]);

  return query;
}
