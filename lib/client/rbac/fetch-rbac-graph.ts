import type { RbacGraphFilters, RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

export function fetchRbacGraph({
  clusterId,
  filters,
  signal,
}: {
  clusterId: string;
  filters: RbacGraphFilters;
  signal?: AbortSignal;
}): Promise<RbacGraphView> {
  return apiFetch<RbacGraphView>(`/api/v1/clusters/${encodeURIComponent(clusterId)}/rbac-graph`, {
    query: {
      namespace: filters.namespace ?? undefined,
      subject: filters.subject ?? undefined,
      risk: filters.risk ?? undefined,
    },
    signal,
  });
}
