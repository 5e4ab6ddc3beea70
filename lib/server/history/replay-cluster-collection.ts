import type { Env } from "@/lib/server/config/read-env";
import { encodeSnapshot, toStoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { RunOutcome } from "@/lib/server/collect/summarize-run-outcome";
import type { EvaluationCatalog } from "@/lib/server/evaluations/evaluate-cluster";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { collectForReplay } from "./collect-for-replay";
import { recordReplayedCollection } from "./record-replayed-collection";

/**
 * One replayed collection, as the worker would have made it at `at`: decrypts the cluster's
 * credentials in memory, collects it now (the simulator shows the day being replayed), then stores
 * snapshot and run (queued and started at `at`) and evaluates them as of the run's end. `openUntil`: see recordEvaluation.
 */
export async function replayClusterCollection({
  cluster,
  at,
  openUntil,
  env,
  catalog,
}: {
  cluster: ClusterRow;
  at: Date;
  openUntil: Date | null;
  env: Env;
  catalog: EvaluationCatalog;
}): Promise<{ outcome: RunOutcome; evaluationId: string | null }> {
  const { snapshot, durationMs } = await collectForReplay({ cluster, env });
  const encoded = encodeSnapshot(toStoredSnapshot({ ...snapshot, collectedAt: at.toISOString() }));
  const { outcome, evaluationId } = await recordReplayedCollection({
    clusterId: cluster.id,
    snapshot: { ...snapshot, collectedAt: at.toISOString() },
    encoded,
    at,
    durationMs,
    openUntil,
    catalog,
  });
  return { outcome, evaluationId };
}
