import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import { requestFleetCollection } from "./fetch-runs";
import { runKeys } from "./run-keys";

/** "Collect all": one run per cluster; the list re-reads itself while any of them is active. */
export function useCollectAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestFleetCollection(),
    onSuccess: async () => {
      // Every cluster got a run: cached histories and details are all out of date.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
        queryClient.invalidateQueries({ queryKey: runKeys.all }),
      ]);
    },
  });
}
