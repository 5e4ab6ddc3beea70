import { getDb } from "@/lib/server/store/db";
import type { ClusterRow } from "./cluster-row";

export function findClusters(): Promise<ClusterRow[]> {
  return getDb().cluster.findMany({ orderBy: { name: "asc" } });
}

export function findCluster({ id }: { id: string }): Promise<ClusterRow | null> {
  return getDb().cluster.findUnique({ where: { id } });
}
