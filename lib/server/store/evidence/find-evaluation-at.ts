import { getDb } from "@/lib/server/store/db";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";

/** The cluster's latest evaluation at or before `at` (its platform and catalog version then). */
export function findEvaluationAt({ clusterId, at }: { clusterId: string; at: Date }): Promise<EvaluationRow | null> {
  return getDb().evaluation.findFirst({
    where: { clusterId, evaluatedAt: { lte: at } },
    orderBy: [{ evaluatedAt: "desc" }, { id: "asc" }],
  });
}
