import type { Catalog, FindingStatus } from "@/lib/catalog/catalog-types";
import type { FleetFrameworksView } from "@/lib/shared/fleet-framework-view";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";
import { matchesFleetFilter, scoreFleet, summarizeFleetFramework, type FleetFilter } from "./score-fleet";

/** Every framework of the catalog over the clusters in scope (the /frameworks list, the cluster page's scores). */
export function toFleetFrameworksView({
  catalog,
  clusters,
  evaluations,
  statuses,
  filter,
  now,
}: {
  catalog: Catalog;
  clusters: readonly ClusterRow[];
  evaluations: readonly EvaluationRow[];
  statuses: readonly { clusterId: string; checkId: string; status: FindingStatus }[];
  filter: FleetFilter;
  now: Date;
}): FleetFrameworksView {
  const scored = scoreFleet({
    catalog,
    frameworks: catalog.frameworks,
    clusters: clusters.filter((row) => matchesFleetFilter(row, filter)),
    evaluations,
    statuses,
    now,
  });
  return {
    generatedAt: now.toISOString(),
    catalogVersion: catalog.version,
    scope: { environment: filter.environment ?? null, clusterId: filter.clusterId ?? null },
    frameworks: catalog.frameworks.map((framework) =>
      summarizeFleetFramework({ catalog, framework, clusters: scored }),
    ),
  };
}
