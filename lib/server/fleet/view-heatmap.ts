import type { Catalog, FindingStatus } from "@/lib/catalog/catalog-types";
import { mostSevereStatus } from "@/lib/catalog/scoring";
import { ENVIRONMENTS, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { HeatmapCell, HeatmapCheckCell, HeatmapCluster, HeatmapView } from "@/lib/shared/heatmap-view";
import { freshnessOf } from "@/lib/server/clusters/to-cluster-view";
import { platformOf } from "@/lib/server/evaluations/view-findings";
import { fromEnvironmentRow, type ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";

export interface HeatmapFilter {
  environment?: ClusterEnvironment;
  site?: string;
  /** `key=value`, or `key` for any value. */
  label?: string;
}

type FrameworkSummary = Partial<Omit<HeatmapCell, "clusterId" | "frameworkId" | "stale" | "lastSuccessAt">>;

function labelsOf(row: ClusterRow): Record<string, string> {
  return (row.labels ?? {}) as Record<string, string>;
}

function matchesLabel(labels: Record<string, string>, label: string): boolean {
  const separator = label.indexOf("=");
  if (separator < 0) return label in labels;
  return labels[label.slice(0, separator)] === label.slice(separator + 1);
}

function matches(row: ClusterRow, filter: HeatmapFilter): boolean {
  if (filter.environment && fromEnvironmentRow(row.environment) !== filter.environment) return false;
  if (filter.site && row.site !== filter.site) return false;
  return !filter.label || matchesLabel(labelsOf(row), filter.label);
}

function facetsOf(rows: readonly ClusterRow[]): HeatmapView["facets"] {
  const environments = new Set(rows.map((row) => fromEnvironmentRow(row.environment)));
  const sites = new Set(rows.flatMap((row) => (row.site ? [row.site] : [])));
  const labels = new Set(rows.flatMap((row) => Object.entries(labelsOf(row)).map(([key, value]) => `${key}=${value}`)));
  return {
    environments: ENVIRONMENTS.filter((environment) => environments.has(environment)),
    sites: [...sites].sort(),
    labels: [...labels].sort(),
  };
}

/** Score then and the change in whole points; no change when either side has no score. */
function changeSince(
  score: number | null,
  then: number | null | undefined,
): { previousScore: number | null; delta: number | null } {
  const previousScore = typeof then === "number" ? then : null;
  return {
    previousScore,
    delta: score === null || previousScore === null ? null : Math.round((score - previousScore) * 100),
  };
}

function frameworkSummaries(evaluation: EvaluationRow | undefined): Record<string, FrameworkSummary> {
  const frameworks = (evaluation?.summary as { frameworks?: unknown } | null)?.frameworks;
  return frameworks && typeof frameworks === "object" ? (frameworks as Record<string, FrameworkSummary>) : {};
}

/**
 * The fleet heatmap from each cluster's latest evaluation (framework scores as stored with it) and
 * the current seed-check findings. A STALE cluster keeps its last scores, flagged `stale`, so the
 * UI never draws an old result as a current one.
 */
export function toHeatmapView({
  catalog,
  seedCheckIds,
  clusters,
  evaluations,
  statuses,
  filter,
  now,
  previous,
}: {
  catalog: Catalog;
  seedCheckIds: readonly string[];
  clusters: readonly ClusterRow[];
  evaluations: readonly EvaluationRow[];
  /** Each cluster's evaluation as of `days` ago, for the change since then. */
  previous?: { days: number; evaluations: readonly EvaluationRow[] };
  statuses: readonly { clusterId: string; checkId: string; status: FindingStatus }[];
  filter: HeatmapFilter;
  now: Date;
}): HeatmapView {
  const latest = new Map(evaluations.map((evaluation) => [evaluation.clusterId, evaluation]));
  const before = new Map(previous?.evaluations.map((evaluation) => [evaluation.clusterId, evaluation]));
  const shown = clusters.filter((row) => matches(row, filter)).sort((a, b) => a.name.localeCompare(b.name));
  const heatmapClusters: HeatmapCluster[] = shown.map((row) => {
    const evaluation = latest.get(row.id);
    return {
      id: row.id,
      name: row.name,
      environment: fromEnvironmentRow(row.environment),
      site: row.site,
      labels: labelsOf(row),
      platform: platformOf(evaluation ?? null),
      freshness: freshnessOf(row, now),
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
      evaluatedAt: evaluation?.evaluatedAt.toISOString() ?? null,
      catalogVersion: evaluation?.catalogVersion ?? null,
    };
  });

  const cells: HeatmapCell[] = heatmapClusters.flatMap((cluster) => {
    const summaries = frameworkSummaries(latest.get(cluster.id));
    const earlier = previous ? frameworkSummaries(before.get(cluster.id)) : null;
    return catalog.frameworks.map((framework) => {
      const summary = summaries[framework.id] ?? {};
      const score = typeof summary.score === "number" ? summary.score : null;
      const change = earlier ? changeSince(score, earlier[framework.id]?.score) : {};
      return {
        clusterId: cluster.id,
        frameworkId: framework.id,
        score,
        pass: summary.pass ?? 0,
        fail: summary.fail ?? 0,
        unknown: summary.unknown ?? 0,
        waived: summary.waived ?? 0,
        warn: summary.warn ?? 0,
        notApplicable: summary.notApplicable ?? 0,
        stale: cluster.freshness === "stale",
        lastSuccessAt: cluster.lastSuccessAt,
        ...change,
      };
    });
  });

  const byClusterCheck = new Map<string, FindingStatus[]>();
  for (const { clusterId, checkId, status } of statuses) {
    const key = `${clusterId}\u0000${checkId}`;
    byClusterCheck.set(key, [...(byClusterCheck.get(key) ?? []), status]);
  }
  const checkCells: HeatmapCheckCell[] = heatmapClusters.flatMap((cluster) =>
    seedCheckIds.map((checkId) => {
      const found = byClusterCheck.get(`${cluster.id}\u0000${checkId}`) ?? [];
      const counts: HeatmapCheckCell["counts"] = {};
      for (const status of found) counts[status] = (counts[status] ?? 0) + 1;
      return {
        clusterId: cluster.id,
        checkId,
        // No finding at all: not evaluated yet, which is UNKNOWN, never a pass.
        status: found.length ? mostSevereStatus(found) : "UNKNOWN",
        counts,
        stale: cluster.freshness === "stale",
      };
    }),
  );

  const titles = new Map(catalog.checks.map((check) => [check.id, check.title]));
  return {
    generatedAt: now.toISOString(),
    compareDays: previous?.days ?? null,
    frameworks: catalog.frameworks.map(({ id, name, version }) => ({ id, name, version })),
    checks: seedCheckIds.map((id) => ({ id, title: titles.get(id) ?? id })),
    clusters: heatmapClusters,
    cells,
    checkCells,
    facets: facetsOf(clusters),
  };
}
