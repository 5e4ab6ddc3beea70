import { AppError } from "@/lib/server/http/app-error";
import { loadLatestSnapshot } from "@/lib/server/snapshots/load-snapshot";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findRun } from "@/lib/server/store/runs/find-runs";
import type { RbacGraphFilters, RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { toRbacGraphView } from "./to-rbac-graph.adapter";

/** The RBAC graph of the cluster's latest stored snapshot; `not_found` for an unknown cluster. */
export async function viewRbacGraph({
  clusterId,
  filters,
}: {
  clusterId: string;
  filters: RbacGraphFilters;
}): Promise<RbacGraphView> {
  const cluster = await findCluster({ id: clusterId });
  if (!cluster) throw new AppError("not_found", "No such cluster.");
  const loaded = await loadLatestSnapshot({ clusterId });
  const run = loaded?.runId ? await findRun({ id: loaded.runId }) : null;
  const collectedAt = run?.finishedAt ?? run?.startedAt ?? null;
  return toRbacGraphView({
    cluster: { id: cluster.id, name: cluster.name },
    stored: loaded
      ? {
          hash: loaded.snapshotHash,
          runId: loaded.runId,
          collectedAt: collectedAt?.toISOString() ?? null,
          snapshot: loaded.snapshot,
        }
      : null,
    filters,
  });
}
