import { useQuery } from "@tanstack/react-query";
import { clusterKeys } from "./cluster-keys";
import { fetchCluster } from "./fetch-clusters";

export function useCluster(id: string) {
  return useQuery({ queryKey: clusterKeys.detail(id), queryFn: ({ signal }) => fetchCluster({ id, signal }) });
}
