import { useQuery } from "@tanstack/react-query";
import { fetchClusterNodes } from "./fetch-nodes";
import { nodeKeys } from "./node-keys";

/** The cluster's nodes and their comparison, from its latest snapshot. */
export function useClusterNodes(clusterId: string) {
  return useQuery({
    queryKey: nodeKeys.cluster(clusterId),
    queryFn: ({ signal }) => fetchClusterNodes({ clusterId, signal }),
  });
}
