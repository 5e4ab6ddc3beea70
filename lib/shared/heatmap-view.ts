// The fleet heatmap: clusters × frameworks (scores) and clusters × seed checks (statuses).
import type { ClusterEnvironment } from "./cluster-schemas";
import type { ClusterCollectionView } from "./cluster-view";
import type { FindingStatusView } from "./finding-view";

export interface HeatmapCluster {
  id: string;
  name: string;
  environment: ClusterEnvironment;
  site: string | null;
  labels: Record<string, string>;
  /** talos | kubeadm | managed, from the latest evaluation; null before the first one. */
  platform: string | null;
  freshness: ClusterCollectionView["freshness"];
  lastSuccessAt: string | null;
  evaluatedAt: string | null;
  catalogVersion: string | null;
}

/** One cluster × framework: control counts of its latest evaluation. score null = nothing assessable (or never evaluated). */
export interface HeatmapCell {
  clusterId: string;
  frameworkId: string;
  score: number | null;
  pass: number;
  fail: number;
  unknown: number;
  waived: number;
  warn: number;
  notApplicable: number;
  /** The cluster's data is older than twice its schedule: the score is not current. */
  stale: boolean;
  lastSuccessAt: string | null;
  /** With `compareDays`: the score as of that many days ago (null: none then) and the change in points. */
  previousScore?: number | null;
  delta?: number | null;
}

/** One cluster × seed check: the most severe status over the check's findings, and how many of each. */
export interface HeatmapCheckCell {
  clusterId: string;
  checkId: string;
  status: FindingStatusView;
  counts: Partial<Record<FindingStatusView, number>>;
  stale: boolean;
}

export interface HeatmapView {
  generatedAt: string;
  /** Set when the change since N days ago was asked for. */
  compareDays: number | null;
  frameworks: { id: string; name: string; version: string }[];
  checks: { id: string; title: string }[];
  clusters: HeatmapCluster[];
  cells: HeatmapCell[];
  checkCells: HeatmapCheckCell[];
  /** What the filters could offer: every environment, site and label key=value in the fleet. */
  facets: { environments: ClusterEnvironment[]; sites: string[]; labels: string[] };
}
