import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchHeatmap, type HeatmapQuery } from "./fetch-heatmap";

export const heatmapKeys = {
  all: ["heatmap"] as const,
  query: (query: HeatmapQuery) => [...heatmapKeys.all, query] as const,
};

/** The heatmap for the filters; re-read every minute so scores follow collections without a reload. */
export function useHeatmap(query: HeatmapQuery) {
  return useQuery({
    queryKey: heatmapKeys.query(query),
    queryFn: ({ signal }) => fetchHeatmap(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
