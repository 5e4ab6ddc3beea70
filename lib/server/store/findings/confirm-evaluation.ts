import { getDb } from "@/lib/server/store/db";
import { upsertFrameworkDays } from "@/lib/server/store/rollups/upsert-framework-days";
import type { RollupToStore } from "./record-evaluation";

/**
 * Records that a rerun with the same input reached the same verdicts as the cluster's latest
 * evaluation: no evaluation row and no finding state is written, only the evaluation's
 * `confirmedAt` (and `runId`, to the confirming run) moves and the day's rollup rows are upserted (a new day gets its rows; the same
 * day changes nothing unless staleness changed). Under the cluster's evaluation lock; false, with
 * nothing written, when another evaluation became the latest meanwhile (the caller then records a
 * full evaluation instead).
 */
export async function confirmEvaluation({
  clusterId,
  evaluationId,
  runId,
  catalogVersion,
  confirmedAt,
  rollup,
  clockCheckIds,
}: {
  clusterId: string;
  evaluationId: string;
  /** The run whose collection was judged; null (re-evaluation without a run) leaves `runId` as it is. */
  runId: string | null;
  catalogVersion: string;
  confirmedAt: Date;
  rollup: RollupToStore;
  /** Recorded when given (an evaluation stored before they were kept learns them on its first rerun). */
  clockCheckIds?: string[];
}): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lotse:evaluate:${clusterId}`}))`;
    const latest = await tx.evaluation.findFirst({
      where: { clusterId },
      orderBy: { evaluatedAt: "desc" },
      select: { id: true, evaluatedAt: true, confirmedAt: true },
    });
    if (latest?.id !== evaluationId || latest.evaluatedAt > confirmedAt) return false;
    if (confirmedAt > latest.confirmedAt) {
      await tx.evaluation.update({
        where: { id: evaluationId },
        data: { confirmedAt, ...(runId ? { runId } : {}), ...(clockCheckIds ? { clockCheckIds } : {}) },
      });
    }
    await upsertFrameworkDays(tx, { clusterId, asOf: confirmedAt, catalogVersion, ...rollup });
    return true;
  });
}
