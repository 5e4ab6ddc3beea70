import type { Env } from "@/lib/server/config/read-env";
import { collectCluster, collectionLimitsFrom } from "@/lib/server/collect/collect-cluster";
import { encodeSnapshot, toStoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { summarizeRunOutcome, type RunOutcome } from "@/lib/server/collect/summarize-run-outcome";
import { readClusterCredential } from "@/lib/server/clusters/read-cluster-credential";
import { readTalosContextMaterial } from "@/lib/server/credentials/parse-talosconfig";
import { evaluateCluster, type EvaluationCatalog } from "@/lib/server/evaluations/evaluate-cluster";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { recordReplayedRun } from "@/lib/server/store/runs/record-replayed-run";

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
  const kubeconfig = await readClusterCredential({ clusterId: cluster.id, kind: "kubeconfig" });
  if (!kubeconfig) throw new Error("no kubeconfig is stored for this cluster");
  const talosconfig = cluster.talosContext
    ? await readClusterCredential({ clusterId: cluster.id, kind: "talosconfig" })
    : null;
  const started = performance.now();
  const collected = await collectCluster({
    cluster: { id: cluster.id, name: cluster.name },
    kubeconfig,
    talos: talosconfig ? readTalosContextMaterial({ normalized: talosconfig }) : null,
    limits: collectionLimitsFrom(env),
  });
  const durationMs = Math.round(performance.now() - started);
  const snapshot = { ...collected, collectedAt: at.toISOString() };

  const { outcome, summary } = summarizeRunOutcome(snapshot);
  const encoded = encodeSnapshot(toStoredSnapshot(snapshot));
  const { runId, finishedAt } = await recordReplayedRun({
    clusterId: cluster.id,
    at,
    durationMs,
    status: outcome,
    errorSummary: { ...summary, items: summary.items.map((item) => ({ ...item })) },
    timings: { collectedAt: snapshot.collectedAt, durationsMs: snapshot.collector.durationsMs },
    snapshot: { ...encoded, schemaVersion: snapshot.schemaVersion },
  });
  const evaluation = await evaluateCluster({
    clusterId: cluster.id,
    snapshot: { snapshotHash: encoded.hash, runId },
    trigger: "run",
    catalog,
    now: finishedAt,
    openUntil,
  });
  return { outcome, evaluationId: evaluation?.evaluationId ?? null };
}
