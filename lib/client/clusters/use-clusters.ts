import { useQuery } from "@tanstack/react-query";
import { clusterKeys } from "./cluster-keys";
import { fetchClusters } from "./fetch-clusters";

export function useClusters() {
  return useQuery({ queryKey: clusterKeys.list(), queryFn: ({ signal }) => fetchClusters({ signal }) });
}
