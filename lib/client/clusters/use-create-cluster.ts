import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateClusterInput } from "@/lib/shared/cluster-schemas";
import { clusterKeys } from "./cluster-keys";
import { createCluster } from "./fetch-clusters";

export function useCreateCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClusterInput) => createCluster({ input }),
    onSuccess: async (cluster) => {
      queryClient.setQueryData(clusterKeys.detail(cluster.id), cluster);
      await queryClient.invalidateQueries({ queryKey: clusterKeys.list(), exact: true });
    },
  });
}
