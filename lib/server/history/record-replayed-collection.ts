import type { ClusterSnapshot } from "@/lib/server/collect/snapshot/cluster-snapshot";
import type { EncodedSnapshot, StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { summarizeRunOutcome, type RunOutcome } from "@/lib/server/collect/summarize-run-outcome";
import { evaluateCluster, type EvaluationCatalog } from "@/lib/server/evaluations/evaluate-cluster";
import { recordReplayedRun } from "@/lib/server/store/runs/record-replayed-run";

export interface ReplayedRecord {
  outcome: RunOutcome;
  evaluationId: string | null;
  /** The unchanged rerun only confirmed the cluster's latest evaluation (nothing new stored). */
  isConfirmation: boolean;
  isNewSnapshot: boolean;
}

/**
 * Stores a collection as the scheduled run at `at` and evaluates it as of the run's end, with the
 * store and evaluation functions the worker's path uses (snapshot deduplicated by hash; finding
 * states move only when they change). `encoded` is `encodeSnapshot(toStoredSnapshot(snapshot))`:
 * the caller may reuse it for an unchanged snapshot, because the stored form leaves out
 * `collectedAt` and timings and so is byte-identical. `decoded`: `decodeSnapshot(encoded)`, given
 * when the caller keeps it for its reruns (see evaluateCluster). `openUntil`: see recordEvaluation.
 */
export async function recordReplayedCollection({
  clusterId,
  snapshot,
  encoded,
  decoded,
  at,
  durationMs,
  openUntil,
  catalog,
}: {
  clusterId: string;
  snapshot: ClusterSnapshot;
  encoded: EncodedSnapshot;
  decoded?: StoredSnapshot;
  at: Date;
  durationMs: number;
  openUntil: Date | null;
  catalog: EvaluationCatalog;
}): Promise<ReplayedRecord> {
  const { outcome, summary } = summarizeRunOutcome(snapshot);
  const { runId, finishedAt, isNewSnapshot } = await recordReplayedRun({
    clusterId,
    at,
    durationMs,
    status: outcome,
    errorSummary: { ...summary, items: summary.items.map((item) => ({ ...item })) },
    timings: { collectedAt: at.toISOString(), durationsMs: snapshot.collector.durationsMs },
    snapshot: { ...encoded, schemaVersion: snapshot.schemaVersion },
  });
  const evaluation = await evaluateCluster({
    clusterId,
    snapshot: { snapshotHash: encoded.hash, runId, decoded },
    trigger: "run",
    catalog,
    now: finishedAt,
    openUntil,
  });
  return {
    outcome,
    evaluationId: evaluation?.evaluationId ?? null,
    isConfirmation: evaluation?.isConfirmation === true,
    isNewSnapshot,
  };
}
