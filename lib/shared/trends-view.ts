// Posture over time: per framework, the score and failing controls of a cluster, an environment or
// the fleet on each day of a range, with the days the catalog version changed.
import type { ClusterEnvironment } from "./cluster-schemas";

export const TREND_MAX_DAYS = 400;
export const TREND_DEFAULT_DAYS = 30;

export type TrendScope =
  | { kind: "cluster"; clusterId: string; clusterName: string }
  | { kind: "environment"; environment: ClusterEnvironment }
  | { kind: "fleet" };

/** One day (UTC) of one framework, as of the end of that day. */
export interface TrendPoint {
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** A cluster: its score; an environment or the fleet: the mean of the clusters' scores. null = nothing assessable. */
  score: number | null;
  /** Failing controls, summed over the clusters; null when no cluster had been evaluated yet. */
  failing: number | null;
  /** Clusters whose score went into `score`. */
  clusters: number;
  /** Clusters in scope without any evaluation by that day: left out, not counted as 0. */
  notYetEvaluated: number;
}

export interface TrendSeries {
  frameworkId: string;
  frameworkName: string;
  points: TrendPoint[];
}

/** The newest catalog version in use changed on `day` (scores may move for that reason alone). */
export interface CatalogChangeMarker {
  day: string;
  version: string;
  previousVersion: string | null;
}

export interface TrendsView {
  scope: TrendScope;
  from: string;
  to: string;
  /** Clusters in scope today. */
  clusterCount: number;
  frameworks: { id: string; name: string; version: string }[];
  series: TrendSeries[];
  catalogChanges: CatalogChangeMarker[];
  /** false: not one evaluation in scope by the end of the range. */
  hasHistory: boolean;
  generatedAt: string;
}
