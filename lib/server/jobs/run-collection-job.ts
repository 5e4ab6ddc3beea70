import type { Logger } from "pino";
import type { Env } from "@/lib/server/config/read-env";
import { collectCluster, collectionLimitsFrom, type CollectionProgress } from "@/lib/server/collect/collect-cluster";
import { encodeSnapshot, toStoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { summarizeRunOutcome } from "@/lib/server/collect/summarize-run-outcome";
import { readClusterCredential } from "@/lib/server/clusters/read-cluster-credential";
import { readTalosContextMaterial } from "@/lib/server/credentials/parse-talosconfig";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { claimRun } from "@/lib/server/store/runs/claim-run";
import { failRun } from "@/lib/server/store/runs/fail-run";
import { finishRun } from "@/lib/server/store/runs/finish-run";
import { updateRunProgress } from "@/lib/server/store/runs/update-run-progress";
import { evaluateCluster } from "@/lib/server/evaluations/evaluate-cluster";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { throttleWrites } from "./throttle-writes";

const PROGRESS_INTERVAL_MS = 500;
/** How long a run waiting for a fleet slot sleeps between tries (with jitter), at most. */
const SLOT_RETRY_MAX_MS = 2_000;

export type CollectionJobResult =
  | { outcome: "succeeded" | "partial" | "failed"; snapshotHash: string | null; isNewSnapshot: boolean }
  | { outcome: "skipped"; reason: string };

/**
 * Executes one collection run: claims it (a retried job re-claims a run its lost worker left
 * running) once the fleet has a free slot (LOTSE_COLLECT_FLEET_CONCURRENCY runs at once; until then
 * the run stays queued), decrypts the credentials in memory, collects, and stores snapshot and
 * final state in one transaction. Cluster trouble ends as a failed or partial run; only database trouble throws
 * (so the queue retries the job).
 */
export async function runCollectionJob({
  runId,
  workerId,
  env,
  signal,
  log,
}: {
  runId: string;
  workerId: string;
  env: Env;
  signal?: AbortSignal;
  log: Logger;
}): Promise<CollectionJobResult> {
  const claim = await claimFleetSlot({ runId, workerId, fleetLimit: env.LOTSE_COLLECT_FLEET_CONCURRENCY, signal });
  if (!claim) return { outcome: "skipped", reason: "the run is already final or was deleted" };
  const { clusterId, attempt } = claim;
  const runLog = log.child({ runId, clusterId, attempt });

  const cluster = await findCluster({ id: clusterId });
  if (!cluster) {
    await failRun({ runId, attempt, reason: "the cluster was removed before it could be collected" });
    return { outcome: "skipped", reason: "cluster removed" };
  }

  let kubeconfig: string | null;
  let talosconfig: string | null;
  try {
    kubeconfig = await readClusterCredential({ clusterId, kind: "kubeconfig" });
    talosconfig = cluster.talosContext ? await readClusterCredential({ clusterId, kind: "talosconfig" }) : null;
  } catch (error) {
    // Decryption failures name the key id, never the material.
    const reason = `the stored credentials cannot be decrypted: ${error instanceof Error ? error.message : String(error)}`;
    await failRun({ runId, attempt, reason });
    runLog.error({ reason }, "collection failed");
    return { outcome: "failed", snapshotHash: null, isNewSnapshot: false };
  }
  if (!kubeconfig) {
    await failRun({ runId, attempt, reason: "no kubeconfig is stored for this cluster" });
    return { outcome: "failed", snapshotHash: null, isNewSnapshot: false };
  }

  const progress = throttleWrites<CollectionProgress>({
    intervalMs: PROGRESS_INTERVAL_MS,
    write: (value) => updateRunProgress({ runId, attempt, progress: { ...value } }),
  });
  runLog.info({ cluster: cluster.name }, "collection started");
  const snapshot = await collectCluster({
    cluster: { id: cluster.id, name: cluster.name },
    kubeconfig,
    talos: talosconfig ? readTalosContextMaterial({ normalized: talosconfig }) : null,
    limits: collectionLimitsFrom(env),
    signal,
    onProgress: (value) => progress.push(value),
  });
  await progress.flush();

  const { outcome, summary } = summarizeRunOutcome(snapshot);
  const encoded = encodeSnapshot(toStoredSnapshot(snapshot));
  const result = await finishRun({
    runId,
    clusterId,
    attempt,
    status: outcome,
    errorSummary: { ...summary, items: summary.items.map((item) => ({ ...item })) },
    timings: { collectedAt: snapshot.collectedAt, durationsMs: snapshot.collector.durationsMs },
    snapshot: { ...encoded, schemaVersion: snapshot.schemaVersion },
  });
  if (!result.stored) {
    runLog.warn("another attempt took this run over; this attempt's result is discarded");
    return { outcome: "skipped", reason: "taken over" };
  }
  runLog.info(
    { outcome, errors: summary.total, snapshot: encoded.hash.slice(0, 12), isNewSnapshot: result.isNewSnapshot },
    "collection finished",
  );
  // Judge what was collected. A failure here leaves the run as it is; the next start re-evaluates.
  try {
    const evaluation = await evaluateCluster({
      clusterId,
      snapshot: { snapshotHash: encoded.hash, runId },
      trigger: "run",
      catalog: getEvaluationCatalog(),
    });
    if (evaluation) runLog.info({ ...evaluation }, "evaluation recorded");
  } catch (error) {
    runLog.error({ reason: error instanceof Error ? error.message : String(error) }, "evaluation failed");
  }
  return { outcome, snapshotHash: encoded.hash, isNewSnapshot: result.isNewSnapshot };
}

/**
 * claimRun, retried while the fleet is at its limit: sleeps 100 ms doubling to 2 s (jittered, so
 * waiting workers do not wake together). A stop signal ends the wait with an error, so the queue
 * hands the job to a worker again later; the run is still queued.
 */
async function claimFleetSlot({
  runId,
  workerId,
  fleetLimit,
  signal,
}: {
  runId: string;
  workerId: string;
  fleetLimit: number;
  signal?: AbortSignal;
}) {
  for (let delay = 100; ; delay = Math.min(delay * 2, SLOT_RETRY_MAX_MS)) {
    const claim = await claimRun({ runId, workerId, fleetLimit });
    if (claim !== "busy") return claim;
    signal?.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * (delay / 2)));
  }
}
