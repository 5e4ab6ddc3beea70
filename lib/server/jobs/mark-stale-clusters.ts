import { isClusterStale } from "@/lib/server/evaluations/is-cluster-stale";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { markStaleDay } from "@/lib/server/store/rollups/mark-stale-day";

/**
 * Carries every STALE cluster (the views' rule) into today's rollup rows with the stale flag, so a
 * cluster that stopped answering, or whose workers stopped, shows as stale on the days it was.
 * Returns how many clusters were stale.
 */
export async function markStaleClusters({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const stale = (await findClusters()).filter((cluster) => isClusterStale({ cluster, now }));
  for (const cluster of stale) await markStaleDay({ clusterId: cluster.id, now });
  return stale.length;
}
