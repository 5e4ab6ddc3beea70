import { getDb } from "@/lib/server/store/db";
import type { RunStatus } from "@/lib/server/store/runs/run-row";

/** How many stored runs are in each status (statuses without runs are absent). */
export async function countRunsByStatus(): Promise<Partial<Record<RunStatus, number>>> {
  const groups = await getDb().collectionRun.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}
