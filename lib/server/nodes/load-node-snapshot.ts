import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { AppError } from "@/lib/server/http/app-error";
import { loadLatestSnapshot } from "@/lib/server/snapshots/load-snapshot";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findRun } from "@/lib/server/store/runs/find-runs";
import type { NodeSnapshotSource } from "@/lib/shared/node-view";

export interface ClusterNodeSnapshot {
  cluster: { id: string; name: string };
  /** null before the cluster's first collection stored a snapshot. */
  stored: { snapshot: StoredSnapshot; source: NodeSnapshotSource } | null;
}

/** The cluster and its latest stored snapshot with when it was collected; 404 for an unknown cluster. */
export async function loadNodeSnapshot({ clusterId }: { clusterId: string }): Promise<ClusterNodeSnapshot> {
  const cluster = await findCluster({ id: clusterId });
  if (!cluster) throw new AppError("not_found", "No such cluster.");
  const loaded = await loadLatestSnapshot({ clusterId });
  if (!loaded) return { cluster: { id: cluster.id, name: cluster.name }, stored: null };
  const run = loaded.runId ? await findRun({ id: loaded.runId }) : null;
  const collectedAt = run?.startedAt ?? run?.finishedAt ?? null;
  return {
    cluster: { id: cluster.id, name: cluster.name },
    stored: {
      snapshot: loaded.snapshot,
      source: {
        snapshotHash: loaded.snapshotHash,
        runId: loaded.runId,
        collectedAt: collectedAt?.toISOString() ?? null,
      },
    },
  };
}
