import type { FrameworkId } from "@/lib/catalog/catalog-types";
import type { FleetFrameworksView, FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findLatestEvaluationPerCluster } from "@/lib/server/store/findings/find-findings";
import { findFleetStatuses } from "@/lib/server/store/findings/find-fleet-statuses";
import { matchesFleetFilter, type FleetFilter } from "./score-fleet";
import { toFleetFrameworkView } from "./view-fleet-framework";
import { toFleetFrameworksView } from "./view-fleet-frameworks";

/** Clusters, their latest evaluations and the current statuses of the clusters in scope (three queries). */
async function loadFleetInputs(filter: FleetFilter) {
  const [clusters, evaluations] = await Promise.all([findClusters(), findLatestEvaluationPerCluster()]);
  const inScope = clusters.filter((row) => matchesFleetFilter(row, filter));
  const statuses = await findFleetStatuses({ clusterIds: inScope.map((row) => row.id) });
  return { catalog: getEvaluationCatalog().catalog, clusters: inScope, evaluations, statuses, filter, now: new Date() };
}

/** Every framework over the clusters in scope. */
export async function loadFleetFrameworks(filter: FleetFilter): Promise<FleetFrameworksView> {
  return toFleetFrameworksView(await loadFleetInputs(filter));
}

/** One framework, control × cluster; null for a framework the catalog does not have. */
export async function loadFleetFramework({
  frameworkId,
  filter,
}: {
  frameworkId: FrameworkId;
  filter: FleetFilter;
}): Promise<FleetFrameworkView | null> {
  return toFleetFrameworkView({ ...(await loadFleetInputs(filter)), frameworkId });
}
