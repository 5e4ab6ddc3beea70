import { apiFetch } from "@/lib/client/api/api-fetch";
import type { HeatmapView } from "@/lib/shared/heatmap-view";

export interface HeatmapQuery {
  environment?: string;
  site?: string;
  label?: string;
  /** Days back for the change since then. */
  compare?: number;
}

export function heatmapSearch(query: HeatmapQuery): string {
  const search = new URLSearchParams();
  for (const key of ["environment", "site", "label"] as const) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (query.compare) search.set("compare", String(query.compare));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function fetchHeatmap(query: HeatmapQuery, { signal }: { signal?: AbortSignal } = {}): Promise<HeatmapView> {
  return apiFetch<HeatmapView>(`/api/v1/fleet/heatmap${heatmapSearch(query)}`, { signal });
}
