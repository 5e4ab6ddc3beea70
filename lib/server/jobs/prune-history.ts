import type { Logger } from "pino";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { pruneClusterHistory, type PrunedCounts } from "@/lib/server/store/retention/prune-cluster-history";

const DAY_MS = 86_400_000;

export interface PruneHistoryResult extends PrunedCounts {
  cutoff: Date;
  clusters: number;
}

/**
 * The retention job: deletes every cluster's history older than `retentionDays` before `now`
 * (see pruneClusterHistory for what stays), cluster by cluster in bounded batches. When anything
 * was deleted, one audit event (`history.prune`, by the system) records the cutoff and the counts.
 */
export async function pruneHistory({
  retentionDays,
  now = new Date(),
  batchSize,
  signal,
  log,
}: {
  retentionDays: number;
  now?: Date;
  batchSize?: number;
  /** A draining worker stops between clusters; the next pass continues where this one stopped. */
  signal?: AbortSignal;
  log: Logger;
}): Promise<PruneHistoryResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const totals: PruneHistoryResult = {
    cutoff,
    clusters: 0,
    findingStates: 0,
    evaluations: 0,
    runs: 0,
    rollups: 0,
    snapshots: 0,
  };
  for (const cluster of await findClusters()) {
    if (signal?.aborted) break;
    const pruned = await pruneClusterHistory({ clusterId: cluster.id, cutoff, batchSize });
    totals.clusters++;
    for (const key of Object.keys(pruned) as (keyof PrunedCounts)[]) totals[key] += pruned[key];
  }
  const deleted = totals.findingStates + totals.evaluations + totals.runs + totals.rollups + totals.snapshots;
  if (deleted > 0) {
    const { cutoff: at, ...counts } = totals;
    await recordAuditEvent({
      actor: { type: "system", label: "system:retention" },
      action: "history.prune",
      outcome: "success",
      details: { cutoff: at.toISOString(), retentionDays, ...counts },
    });
    log.info({ ...totals, retentionDays }, "history pruned");
  }
  return totals;
}
