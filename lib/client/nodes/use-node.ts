import { useQuery } from "@tanstack/react-query";
import { fetchNode } from "./fetch-nodes";
import { nodeKeys } from "./node-keys";

/** One node of the cluster's latest snapshot. */
export function useNode(clusterId: string, node: string) {
  return useQuery({
    queryKey: nodeKeys.detail(clusterId, node),
    queryFn: ({ signal }) => fetchNode({ clusterId, node, signal }),
  });
}
