import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RbacGraphFilters } from "@/lib/shared/rbac-graph-view";
import { fetchRbacGraph } from "./fetch-rbac-graph";
import { rbacKeys } from "./rbac-keys";

/** The cluster's RBAC graph; while new filters load, the previous graph stays on screen. */
export function useRbacGraph(clusterId: string, filters: RbacGraphFilters) {
  return useQuery({
    queryKey: rbacKeys.graph(clusterId, filters),
    queryFn: ({ signal }) => fetchRbacGraph({ clusterId, filters, signal }),
    placeholderData: keepPreviousData,
  });
}
