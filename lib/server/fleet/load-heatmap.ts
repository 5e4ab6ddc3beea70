import { SEED_CHECK_IDS } from "@/lib/catalog/mappings/seed-mappings";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findCurrentStatuses, findLatestEvaluationPerCluster } from "@/lib/server/store/findings/find-findings";
import { toHeatmapView, type HeatmapFilter } from "./view-heatmap";

/** The fleet heatmap, filtered (three queries whatever the fleet size). */
export async function loadHeatmap(filter: HeatmapFilter): Promise<HeatmapView> {
  const [clusters, evaluations, statuses] = await Promise.all([
    findClusters(),
    findLatestEvaluationPerCluster(),
    findCurrentStatuses({ checkIds: [...SEED_CHECK_IDS] }),
  ]);
  return toHeatmapView({
    catalog: getEvaluationCatalog().catalog,
    seedCheckIds: SEED_CHECK_IDS,
    clusters,
    evaluations,
    statuses,
    filter,
    now: new Date(),
  });
}
