import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clusterKeys } from "./cluster-keys";
import { deleteCluster } from "./fetch-clusters";

export function useDeleteCluster(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCluster({ id }),
    onSuccess: async () => {
      // Marked stale without a refetch: the page that is still showing it is about to navigate away,
      // and a later visit to its address reads the server's "No such cluster." afresh.
      await queryClient.invalidateQueries({ queryKey: clusterKeys.detail(id), exact: true, refetchType: "none" });
      await queryClient.invalidateQueries({ queryKey: clusterKeys.list(), exact: true });
    },
  });
}
