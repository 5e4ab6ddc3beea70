/** Deep links of the node views (pages) and their API routes. */
export const nodePaths = {
  list: (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/nodes`,
  compare: (clusterId: string) => `${nodePaths.list(clusterId)}#compare`,
  detail: (clusterId: string, node: string) => `${nodePaths.list(clusterId)}/${encodeURIComponent(node)}`,
  listApi: (clusterId: string) => `/api/v1/clusters/${encodeURIComponent(clusterId)}/nodes`,
  detailApi: (clusterId: string, node: string) =>
    `/api/v1/clusters/${encodeURIComponent(clusterId)}/nodes/${encodeURIComponent(node)}`,
};
