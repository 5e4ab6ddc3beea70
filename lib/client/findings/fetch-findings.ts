import type { ClusterFindingsView } from "@/lib/shared/finding-view";
import { apiFetch } from "@/lib/client/api/api-fetch";
import { toFindingsQuery, type FindingsFilter } from "./findings-filter";

export function fetchClusterFindings({
  clusterId,
  filter,
  signal,
}: {
  clusterId: string;
  filter: FindingsFilter;
  signal?: AbortSignal;
}): Promise<ClusterFindingsView> {
  return apiFetch<ClusterFindingsView>(`/api/v1/clusters/${encodeURIComponent(clusterId)}/findings`, {
    query: toFindingsQuery(filter),
    signal,
  });
}
