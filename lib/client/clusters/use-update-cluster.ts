import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateClusterInput } from "@/lib/shared/cluster-schemas";
import { clusterKeys } from "./cluster-keys";
import { updateCluster } from "./fetch-clusters";

export function useUpdateCluster(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateClusterInput) => updateCluster({ id, input }),
    onSuccess: async (cluster) => {
      queryClient.setQueryData(clusterKeys.detail(id), cluster);
      await queryClient.invalidateQueries({ queryKey: clusterKeys.list(), exact: true });
    },
  });
}
