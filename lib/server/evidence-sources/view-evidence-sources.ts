import { detectPlatform } from "@/lib/server/evaluate/detect-platform";
import { loadNodeSnapshot } from "@/lib/server/nodes/load-node-snapshot";
import type { ClusterEvidenceSourcesView } from "@/lib/shared/evidence-source-view";
import { listEvidenceSources } from "./list-evidence-sources";

/** The ecosystem tools of a cluster's latest snapshot; 404 for an unknown cluster. */
export async function viewEvidenceSources({
  clusterId,
  now = new Date(),
}: {
  clusterId: string;
  now?: Date;
}): Promise<ClusterEvidenceSourcesView> {
  const { cluster, stored } = await loadNodeSnapshot({ clusterId });
  if (!stored) return { clusterId: cluster.id, state: "not-collected", collectedAt: null, sources: [] };
  const { snapshot, source } = stored;
  return {
    clusterId: cluster.id,
    state: "collected",
    collectedAt: source.collectedAt,
    // Ages are judged at "now", like the evaluator at evaluation time; a stale snapshot ages with it.
    sources: listEvidenceSources({ snapshot, platform: detectPlatform(snapshot), now }),
  };
}
