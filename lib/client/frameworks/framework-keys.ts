import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";

/**
 * Query keys for framework views. They live under `clusterKeys.all`, so a waiver change (which
 * invalidates every cluster query) re-reads scores too.
 */
export const frameworkKeys = {
  all: [...clusterKeys.all, "frameworks"] as const,
  fleetList: (scope: { environment: ClusterEnvironment | null; clusterId: string | null }) =>
    [...frameworkKeys.all, "fleet-list", scope] as const,
  fleet: (frameworkId: string, environment: ClusterEnvironment | null) =>
    [...frameworkKeys.all, "fleet", frameworkId, environment] as const,
  cluster: (clusterId: string, frameworkId: string) =>
    [...frameworkKeys.all, "cluster", clusterId, frameworkId] as const,
};
