import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchTrends } from "./fetch-trends";
import type { TrendsQuery } from "./trends-settings";

export const trendKeys = {
  all: ["trends"] as const,
  query: (query: TrendsQuery) => [...trendKeys.all, query] as const,
};

/** Trends for a scope and range; re-read every five minutes (history moves slowly). */
export function useTrends(query: TrendsQuery) {
  return useQuery({
    queryKey: trendKeys.query(query),
    queryFn: ({ signal }) => fetchTrends(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 300_000,
  });
}
