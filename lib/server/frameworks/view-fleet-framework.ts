import type { Catalog, FindingStatus, FrameworkId } from "@/lib/catalog/catalog-types";
import type { ControlStatus } from "@/lib/catalog/scoring";
import type { FleetFrameworkControl, FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";
import {
  fleetControlStatus,
  matchesFleetFilter,
  scoreFleet,
  summarizeFleetFramework,
  ZERO_COUNTS,
  type FleetFilter,
  type ScoredCluster,
} from "./score-fleet";

function mappedChecks(catalog: Catalog, frameworkId: FrameworkId): Map<string, FleetFrameworkControl["checks"]> {
  const titles = new Map(catalog.checks.map((check) => [check.id, check.title]));
  const byControl = new Map<string, FleetFrameworkControl["checks"]>();
  for (const mapping of catalog.mappings) {
    const title = titles.get(mapping.checkId);
    // A mapping whose check is not defined does not count for the control (scoring skips it too).
    if (mapping.frameworkId !== frameworkId || title === undefined) continue;
    const list = byControl.get(mapping.controlId) ?? [];
    if (list.some((check) => check.checkId === mapping.checkId)) continue;
    list.push({ checkId: mapping.checkId, title, provenance: mapping.provenance, reason: mapping.reason ?? null });
    byControl.set(mapping.controlId, list);
  }
  return byControl;
}

/** Control id → status on the cluster; null when the cluster has not been evaluated. */
function controlStatusesOf(cluster: ScoredCluster, frameworkId: string): Map<string, ControlStatus> | null {
  const score = cluster.scores?.get(frameworkId);
  return score ? new Map(score.controls.map((control) => [control.controlId, control.status])) : null;
}

/**
 * One framework across the clusters in scope: each control's status per cluster (from the catalog's
 * scoring of that cluster's current findings), how many clusters fail it, and the mapped checks with
 * their provenance. null for a framework the catalog does not have.
 */
export function toFleetFrameworkView({
  catalog,
  frameworkId,
  clusters,
  evaluations,
  statuses,
  filter,
  now,
}: {
  catalog: Catalog;
  frameworkId: FrameworkId;
  clusters: readonly ClusterRow[];
  evaluations: readonly EvaluationRow[];
  statuses: readonly { clusterId: string; checkId: string; status: FindingStatus }[];
  filter: FleetFilter;
  now: Date;
}): FleetFrameworkView | null {
  const framework = catalog.frameworks.find((candidate) => candidate.id === frameworkId);
  if (!framework) return null;
  const scored = scoreFleet({
    catalog,
    frameworks: [framework],
    clusters: clusters.filter((row) => matchesFleetFilter(row, filter)),
    evaluations,
    statuses,
    now,
  });
  const checks = mappedChecks(catalog, framework.id);
  const statusesByCluster = scored.map((cluster) => controlStatusesOf(cluster, framework.id));

  const controls: FleetFrameworkControl[] = framework.controls.map((control) => {
    const cells = scored.map((cluster, index) => ({
      clusterId: cluster.row.id,
      status: statusesByCluster[index]?.get(control.id) ?? null,
      stale: cluster.isStale,
    }));
    const clusterCounts: FleetFrameworkControl["clusterCounts"] = {};
    const evaluatedStatuses: ControlStatus[] = [];
    for (const { status } of cells) {
      if (status === null) continue;
      evaluatedStatuses.push(status);
      clusterCounts[status] = (clusterCounts[status] ?? 0) + 1;
    }
    return {
      id: control.id,
      title: control.title,
      fleetStatus: fleetControlStatus(evaluatedStatuses),
      cells,
      clusterCounts,
      checks: checks.get(control.id) ?? [],
    };
  });

  return {
    generatedAt: now.toISOString(),
    catalogVersion: catalog.version,
    scope: { environment: filter.environment ?? null, clusterId: filter.clusterId ?? null },
    summary: summarizeFleetFramework({ catalog, framework, clusters: scored }),
    clusters: scored.map((cluster) => {
      const score = cluster.scores?.get(framework.id);
      return {
        id: cluster.row.id,
        name: cluster.row.name,
        environment: cluster.environment,
        site: cluster.row.site,
        platform: cluster.platform,
        freshness: cluster.freshness,
        evaluatedAt: cluster.evaluation?.evaluatedAt.toISOString() ?? null,
        score: score?.score ?? null,
        counts: score?.counts ?? { ...ZERO_COUNTS },
      };
    }),
    controls,
  };
}
