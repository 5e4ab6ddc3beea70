import type { CollectionRequestView, RunView } from "@/lib/shared/run-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

export const RUN_HISTORY_PAGE_SIZE = 20;

export interface RunPage {
  items: RunView[];
  /** pass as `before` to load the next (older) page; null on the last page */
  nextBefore: string | null;
}

const clusterPath = (id: string) => `/api/v1/clusters/${encodeURIComponent(id)}`;

export function fetchRun({ id, signal }: { id: string; signal?: AbortSignal }): Promise<RunView> {
  return apiFetch<RunView>(`/api/v1/runs/${encodeURIComponent(id)}`, { signal });
}

export function fetchClusterRuns({
  clusterId,
  before,
  signal,
}: {
  clusterId: string;
  before?: string;
  signal?: AbortSignal;
}): Promise<RunPage> {
  return apiFetch<RunPage>(`${clusterPath(clusterId)}/runs`, {
    query: { limit: RUN_HISTORY_PAGE_SIZE, before },
    signal,
  });
}

export function requestClusterCollection({ clusterId }: { clusterId: string }): Promise<CollectionRequestView> {
  return apiFetch<CollectionRequestView>(`${clusterPath(clusterId)}/collect`, { method: "POST", body: {} });
}

export function requestFleetCollection(): Promise<{ runs: CollectionRequestView[] }> {
  return apiFetch<{ runs: CollectionRequestView[] }>("/api/v1/fleet/collect", { method: "POST", body: {} });
}
