/** Query keys for the node views of a cluster. */
export const nodeKeys = {
  all: ["nodes"] as const,
  cluster: (clusterId: string) => [...nodeKeys.all, "cluster", clusterId] as const,
  detail: (clusterId: string, node: string) => [...nodeKeys.cluster(clusterId), "node", node] as const,
};
