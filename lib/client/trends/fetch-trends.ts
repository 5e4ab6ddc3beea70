import { apiFetch } from "@/lib/client/api/api-fetch";
import type { TrendsView } from "@/lib/shared/trends-view";
import type { TrendsQuery } from "./trends-settings";

export function fetchTrends(query: TrendsQuery, { signal }: { signal?: AbortSignal } = {}): Promise<TrendsView> {
  return apiFetch<TrendsView>("/api/v1/trends", { query: { ...query }, signal });
}
