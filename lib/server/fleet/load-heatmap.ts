import { SEED_CHECK_IDS } from "@/lib/catalog/mappings/seed-mappings";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import {
  findCurrentStatuses,
  findEvaluationPerClusterAsOf,
  findLatestEvaluationPerCluster,
} from "@/lib/server/store/findings/find-findings";
import { toHeatmapView, type HeatmapFilter } from "./view-heatmap";

const DAY_MS = 86_400_000;

/** The fleet heatmap, filtered (three queries whatever the fleet size, four with a comparison). */
export async function loadHeatmap(
  filter: HeatmapFilter,
  { compareDays }: { compareDays?: number } = {},
): Promise<HeatmapView> {
  const now = new Date();
  const [clusters, evaluations, statuses, earlier] = await Promise.all([
    findClusters(),
    findLatestEvaluationPerCluster(),
    findCurrentStatuses({ checkIds: [...SEED_CHECK_IDS] }),
    compareDays ? findEvaluationPerClusterAsOf({ at: new Date(now.getTime() - compareDays * DAY_MS) }) : null,
  ]);
  return toHeatmapView({
    catalog: getEvaluationCatalog().catalog,
    seedCheckIds: SEED_CHECK_IDS,
    clusters,
    evaluations,
    statuses,
    filter,
    now,
    ...(compareDays && earlier ? { previous: { days: compareDays, evaluations: earlier } } : {}),
  });
}
