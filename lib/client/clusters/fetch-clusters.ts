import type { CreateClusterInput, UpdateClusterInput } from "@/lib/shared/cluster-schemas";
import type { ClusterSummaryView, ClusterView, ConnectionTestView } from "@/lib/shared/cluster-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

/** Viewers receive summaries; every other role receives credential metadata too. */
export type AnyClusterView = ClusterSummaryView | ClusterView;

export function isClusterView(cluster: AnyClusterView): cluster is ClusterView {
  return "kubernetes" in cluster;
}

const path = (id: string) => `/api/v1/clusters/${encodeURIComponent(id)}`;

export async function fetchClusters({ signal }: { signal?: AbortSignal } = {}): Promise<AnyClusterView[]> {
  const { items } = await apiFetch<{ items: AnyClusterView[] }>("/api/v1/clusters", { signal });
  return items;
}

export function fetchCluster({ id, signal }: { id: string; signal?: AbortSignal }): Promise<AnyClusterView> {
  return apiFetch<AnyClusterView>(path(id), { signal });
}

export function createCluster({ input }: { input: CreateClusterInput }): Promise<ClusterView> {
  return apiFetch<ClusterView>("/api/v1/clusters", { method: "POST", body: input });
}

export function updateCluster({ id, input }: { id: string; input: UpdateClusterInput }): Promise<ClusterView> {
  return apiFetch<ClusterView>(path(id), { method: "PATCH", body: input });
}

export function deleteCluster({ id }: { id: string }): Promise<void> {
  return apiFetch<void>(path(id), { method: "DELETE" });
}

export function testClusterConnection({ id }: { id: string }): Promise<ConnectionTestView> {
  return apiFetch<ConnectionTestView>(`${path(id)}/test`, { method: "POST", body: {} });
}
