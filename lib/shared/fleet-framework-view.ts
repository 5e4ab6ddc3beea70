// One framework across the fleet: control × cluster statuses, and per-framework fleet summaries
// (shared by routes and UI). Built from each cluster's current findings with the catalog's scoring.
import type { FrameworkId } from "@/lib/catalog/catalog-types";
import type { ClusterEnvironment } from "./cluster-schemas";
import type { ClusterCollectionView } from "./cluster-view";
import type { ClusterFrameworkView, ControlStatusView } from "./framework-view";

export const FRAMEWORK_IDS = [
  "cis-k8s",
  "nist-800-53",
  "iso-27001",
  "soc2",
  "pci-dss",
  "nis2",
  "gdpr",
] as const satisfies readonly FrameworkId[];

export type ControlCounts = ClusterFrameworkView["counts"];

/** Which clusters a fleet view covers. */
export interface FleetScope {
  environment: ClusterEnvironment | null;
  /** Narrowed to one cluster (the cluster page's framework scores). */
  clusterId: string | null;
}

/** One framework over the clusters in scope. */
export interface FleetFrameworkSummary {
  id: string;
  name: string;
  version: string;
  /** Controls in the framework, and how many of them no defined check maps to. */
  controls: number;
  unassessedControls: number;
  clusters: {
    total: number;
    /** Clusters with an evaluation; the others have no result yet. */
    evaluated: number;
    /** Evaluated clusters whose data is older than twice their schedule: their results are not current. */
    stale: number;
    /** Clusters where at least one control of the framework fails. */
    failing: number;
  };
  /** Controls failing on at least one cluster; controls not failing anywhere but unknown on one. */
  controlsFailing: number;
  controlsUnknown: number;
  /** Control statuses summed over the evaluated clusters (one per cluster × control). */
  counts: ControlCounts;
  /** PASS / (PASS + FAIL) over those cluster × control results; null when none is assessable. */
  score: number | null;
}

export interface FleetFrameworksView {
  generatedAt: string;
  catalogVersion: string;
  scope: FleetScope;
  frameworks: FleetFrameworkSummary[];
}

export interface FleetFrameworkCluster {
  id: string;
  name: string;
  environment: ClusterEnvironment;
  site: string | null;
  /** talos | kubeadm | managed, from the latest evaluation; null before the first one. */
  platform: string | null;
  freshness: ClusterCollectionView["freshness"];
  evaluatedAt: string | null;
  /** This framework on this cluster; null score = nothing assessable or not evaluated. */
  score: number | null;
  counts: ControlCounts;
}

/** A control on one cluster. status null = the cluster has not been evaluated yet. */
export interface FleetControlCell {
  clusterId: string;
  status: ControlStatusView | null;
  /** The cluster's data is STALE: the status is its last known one, not a current result. */
  stale: boolean;
}

export interface FleetFrameworkControl {
  id: string;
  title: string;
  /** The most severe status over the evaluated clusters; null when no cluster is evaluated. */
  fleetStatus: ControlStatusView | null;
  /** One cell per cluster, in the order of `clusters`. */
  cells: FleetControlCell[];
  /** How many evaluated clusters have each status. */
  clusterCounts: Partial<Record<ControlStatusView, number>>;
  /** The defined checks mapped to the control, with each mapping's provenance. */
  checks: { checkId: string; title: string; provenance: string; reason: string | null }[];
}

export interface FleetFrameworkView {
  generatedAt: string;
  catalogVersion: string;
  scope: FleetScope;
  summary: FleetFrameworkSummary;
  clusters: FleetFrameworkCluster[];
  controls: FleetFrameworkControl[];
}
