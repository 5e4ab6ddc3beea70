import { getDb } from "@/lib/server/store/db";

/** Each evaluated cluster's first evaluation time (history seeding replays only what lies before it). */
export async function findFirstEvaluationTimes(): Promise<Map<string, Date>> {
  const rows = await getDb().evaluation.groupBy({ by: ["clusterId"], _min: { evaluatedAt: true } });
  return new Map(rows.flatMap((row) => (row._min.evaluatedAt ? [[row.clusterId, row._min.evaluatedAt] as const] : [])));
}
