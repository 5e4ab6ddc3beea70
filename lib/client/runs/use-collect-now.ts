import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import { requestClusterCollection } from "./fetch-runs";
import { runKeys } from "./run-keys";

/** "Collect now": queues a run (or joins the active one); the history then lists it at once. */
export function useCollectNow(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestClusterCollection({ clusterId }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: runKeys.cluster(clusterId), exact: true }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.detail(clusterId), exact: true }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.list(), exact: true }),
      ]);
    },
  });
}
