import { getDb } from "@/lib/server/store/db";

export interface ClusterSuccessTime {
  name: string;
  schedule: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
}

/** What STALE and the last-success metric need per cluster; nothing about endpoints or credentials. */
export function findClusterSuccessTimes(): Promise<ClusterSuccessTime[]> {
  return getDb().cluster.findMany({
    select: { name: true, schedule: true, createdAt: true, lastSuccessAt: true },
    orderBy: { name: "asc" },
  });
}
