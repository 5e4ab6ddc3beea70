import { clusterKeys } from "@/lib/client/clusters/cluster-keys";

/** Query keys for scanner imports; under `clusterKeys.all` like the other per-cluster reads. */
export const importKeys = {
  all: [...clusterKeys.all, "imports"] as const,
  cluster: (clusterId: string) => [...importKeys.all, clusterId] as const,
};
