import { apiFetch } from "@/lib/client/api/api-fetch";
import type { ClusterEvidenceSourcesView } from "@/lib/shared/evidence-source-view";

export function fetchEvidenceSources({ clusterId, signal }: { clusterId: string; signal?: AbortSignal }) {
  return apiFetch<ClusterEvidenceSourcesView>(`/api/v1/clusters/${encodeURIComponent(clusterId)}/evidence-sources`, {
    signal,
  });
}
