import type { Catalog, FindingStatus, Framework } from "@/lib/catalog/catalog-types";
import {
  mostSevereStatus,
  scoreFrameworks,
  scoreOf,
  type ControlStatus,
  type FrameworkScore,
} from "@/lib/catalog/scoring";
import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { ClusterCollectionView } from "@/lib/shared/cluster-view";
import type { ControlCounts, FleetFrameworkSummary } from "@/lib/shared/fleet-framework-view";
import { freshnessOf } from "@/lib/server/clusters/to-cluster-view";
import { platformOf } from "@/lib/server/evaluations/view-findings";
import { fromEnvironmentRow, type ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { EvaluationRow } from "@/lib/server/store/findings/find-findings";

export interface FleetFilter {
  environment?: ClusterEnvironment;
  clusterId?: string;
}

/** A cluster in scope with the scores of the requested frameworks (null: never evaluated). */
export interface ScoredCluster {
  row: ClusterRow;
  environment: ClusterEnvironment;
  platform: string | null;
  freshness: ClusterCollectionView["freshness"];
  isStale: boolean;
  evaluation: EvaluationRow | null;
  scores: Map<string, FrameworkScore> | null;
}

export const ZERO_COUNTS: ControlCounts = {
  pass: 0,
  fail: 0,
  unknown: 0,
  warn: 0,
  waived: 0,
  notApplicable: 0,
  unassessed: 0,
};

export function matchesFleetFilter(row: ClusterRow, filter: FleetFilter): boolean {
  if (filter.clusterId && row.id !== filter.clusterId) return false;
  return !filter.environment || fromEnvironmentRow(row.environment) === filter.environment;
}

/**
 * Scores the frameworks on every cluster in scope from its current finding statuses, with the
 * catalog's own scoring (check status → control status → score). A cluster without an evaluation
 * gets no scores: "not evaluated" is shown as such, never as UNKNOWN controls or a zero.
 */
export function scoreFleet({
  catalog,
  frameworks,
  clusters,
  evaluations,
  statuses,
  now,
}: {
  catalog: Catalog;
  frameworks: readonly Framework[];
  clusters: readonly ClusterRow[];
  evaluations: readonly EvaluationRow[];
  statuses: readonly { clusterId: string; checkId: string; status: FindingStatus }[];
  now: Date;
}): ScoredCluster[] {
  const latest = new Map(evaluations.map((evaluation) => [evaluation.clusterId, evaluation]));
  const byCluster = new Map<string, { checkId: string; status: FindingStatus }[]>();
  for (const { clusterId, checkId, status } of statuses) {
    const list = byCluster.get(clusterId);
    if (list) list.push({ checkId, status });
    else byCluster.set(clusterId, [{ checkId, status }]);
  }
  const scoped: Catalog = { ...catalog, frameworks: [...frameworks] };
  return clusters.map((row) => {
    const evaluation = latest.get(row.id) ?? null;
    const scores = evaluation
      ? new Map(
          scoreFrameworks({ catalog: scoped, findings: byCluster.get(row.id) ?? [] }).map((score) => [
            score.frameworkId as string,
            score,
          ]),
        )
      : null;
    const freshness = freshnessOf(row, now);
    return {
      row,
      environment: fromEnvironmentRow(row.environment),
      platform: platformOf(evaluation),
      freshness,
      isStale: freshness === "stale",
      evaluation,
      scores,
    };
  });
}

/** The most severe control status over clusters (UNASSESSED only when the control has no check). */
export function fleetControlStatus(statuses: readonly ControlStatus[]): ControlStatus | null {
  if (statuses.length === 0) return null;
  const assessed = statuses.filter((status): status is FindingStatus => status !== "UNASSESSED");
  return assessed.length === 0 ? "UNASSESSED" : mostSevereStatus(assessed);
}

/** One framework over the scored clusters: cluster counts, controls failing or unknown somewhere, pooled score. */
export function summarizeFleetFramework({
  catalog,
  framework,
  clusters,
}: {
  catalog: Catalog;
  framework: Framework;
  clusters: readonly ScoredCluster[];
}): FleetFrameworkSummary {
  const counts: ControlCounts = { ...ZERO_COUNTS };
  const evaluated = clusters.filter((cluster) => cluster.scores !== null);
  let failing = 0;
  const statusesByControl = new Map<string, ControlStatus[]>();
  for (const cluster of evaluated) {
    const score = cluster.scores?.get(framework.id);
    if (!score) continue;
    for (const key of Object.keys(counts) as (keyof ControlCounts)[]) counts[key] += score.counts[key];
    if (score.counts.fail > 0) failing++;
    for (const control of score.controls) {
      const list = statusesByControl.get(control.controlId);
      if (list) list.push(control.status);
      else statusesByControl.set(control.controlId, [control.status]);
    }
  }
  const fleetStatuses = framework.controls.map((control) =>
    fleetControlStatus(statusesByControl.get(control.id) ?? []),
  );
  // Unassessed is a property of the catalog (no defined check maps to the control), not of a cluster.
  const unassessed = scoreFrameworks({ catalog: { ...catalog, frameworks: [framework] }, findings: [] })[0]?.counts
    .unassessed;
  return {
    id: framework.id,
    name: framework.name,
    version: framework.version,
    controls: framework.controls.length,
    unassessedControls: unassessed ?? 0,
    clusters: {
      total: clusters.length,
      evaluated: evaluated.length,
      stale: evaluated.filter((cluster) => cluster.isStale).length,
      failing,
    },
    controlsFailing: fleetStatuses.filter((status) => status === "FAIL").length,
    controlsUnknown: fleetStatuses.filter((status) => status === "UNKNOWN").length,
    counts,
    score: scoreOf(counts),
  };
}
