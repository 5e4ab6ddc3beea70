import type { RbacGraphFilters } from "@/lib/shared/rbac-graph-view";

/** Query keys for the RBAC graph; its layout is keyed by the graph it lays out. */
export const rbacKeys = {
  all: ["rbac"] as const,
  graph: (clusterId: string, filters: RbacGraphFilters) => [...rbacKeys.all, "graph", clusterId, filters] as const,
  layout: (clusterId: string, filters: RbacGraphFilters, snapshotHash: string | null) =>
    [...rbacKeys.all, "layout", clusterId, filters, snapshotHash] as const,
};
