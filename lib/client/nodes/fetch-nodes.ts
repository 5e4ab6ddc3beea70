import type { NodeDetailView, NodeListView } from "@/lib/shared/node-view";
import { apiFetch } from "@/lib/client/api/api-fetch";
import { nodePaths } from "./node-paths";

export function fetchClusterNodes({ clusterId, signal }: { clusterId: string; signal?: AbortSignal }) {
  return apiFetch<NodeListView>(nodePaths.listApi(clusterId), { signal });
}

export function fetchNode({ clusterId, node, signal }: { clusterId: string; node: string; signal?: AbortSignal }) {
  return apiFetch<NodeDetailView>(nodePaths.detailApi(clusterId, node), { signal });
}
