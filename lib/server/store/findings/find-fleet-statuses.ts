import { getDb } from "@/lib/server/store/db";
import type { FindingStatus } from "@/lib/server/store/generated/client";

export interface FleetStatusRow {
  clusterId: string;
  checkId: string;
  status: FindingStatus;
}

/**
 * The distinct current statuses of every check on the given clusters (one row per cluster, check
 * and status, however many subjects share it): enough to derive check and control statuses without
 * reading messages or evidence. Clusters without findings return no rows.
 */
export async function findFleetStatuses({ clusterIds }: { clusterIds: string[] }): Promise<FleetStatusRow[]> {
  if (clusterIds.length === 0) return [];
  const rows = await getDb().findingState.groupBy({
    by: ["clusterId", "checkId", "status"],
    where: { until: null, clusterId: { in: clusterIds } },
    orderBy: [{ clusterId: "asc" }, { checkId: "asc" }],
  });
  return rows.map(({ clusterId, checkId, status }) => ({ clusterId, checkId, status }));
}
