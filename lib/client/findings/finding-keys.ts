import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import type { FindingsFilter } from "./findings-filter";

/**
 * Query keys for findings. They live under `clusterKeys.all`, so a waiver change (which
 * invalidates every cluster query) re-reads them too.
 */
export const findingKeys = {
  all: [...clusterKeys.all, "findings"] as const,
  cluster: (clusterId: string) => [...findingKeys.all, clusterId] as const,
  list: (clusterId: string, filter: FindingsFilter) => [...findingKeys.cluster(clusterId), filter] as const,
};
