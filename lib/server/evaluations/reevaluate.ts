import type { Logger } from "pino";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findClustersNeedingEvaluation } from "@/lib/server/store/findings/find-findings";
import { evaluateCluster, type EvaluationCatalog } from "./evaluate-cluster";

/**
 * After a catalog change: re-evaluates the latest stored snapshot of every cluster whose latest
 * evaluation used another catalog version (or that was never evaluated). No cluster is contacted.
 */
export async function reevaluateForCatalog({
  catalog,
  log,
}: {
  catalog: EvaluationCatalog;
  log: Logger;
}): Promise<number> {
  const pending = await findClustersNeedingEvaluation({ catalogVersion: catalog.version });
  let done = 0;
  for (const { clusterId, snapshotHash } of pending) {
    try {
      await evaluateCluster({ clusterId, snapshot: { snapshotHash, runId: null }, trigger: "catalog", catalog });
      done++;
    } catch (error) {
      log.error({ clusterId, reason: error instanceof Error ? error.message : String(error) }, "re-evaluation failed");
    }
  }
  if (done > 0) log.info({ clusters: done, catalogVersion: catalog.version }, "re-evaluated for the catalog version");
  return done;
}

/** After a waiver change: re-evaluates the clusters it can touch (one, or all). */
export async function reevaluateForWaiver({
  clusterId,
  catalog,
}: {
  clusterId: string | null;
  catalog: EvaluationCatalog;
}): Promise<void> {
  const ids = clusterId ? [clusterId] : (await findClusters()).map((cluster) => cluster.id);
  for (const id of ids) await evaluateCluster({ clusterId: id, trigger: "waiver", catalog });
}
