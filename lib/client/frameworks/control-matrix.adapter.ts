import { ENVIRONMENTS, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { formatScore } from "./describe-score";
import { displayOf, type DisplayStatus } from "./status-display";

export interface MatrixColumn {
  clusterId: string;
  name: string;
  environment: ClusterEnvironment;
  isStale: boolean;
  isEvaluated: boolean;
  /** "82 %", "no score", "not evaluated". */
  scoreText: string;
  /** Full description for the header's tooltip and accessible name. */
  description: string;
}

export interface MatrixCell {
  clusterId: string;
  status: DisplayStatus;
  isStale: boolean;
  /** "edge-01 — AC-6: Fail (stale data)", read by screen readers and shown as a tooltip. */
  label: string;
}

export interface MatrixRow {
  id: string;
  title: string;
  fleetStatus: DisplayStatus;
  failingClusters: number;
  /** "3 of 28 clusters fail" (evaluated clusters only). */
  failingText: string;
  cells: MatrixCell[];
  checks: FleetFrameworkView["controls"][number]["checks"];
}

export interface ControlMatrix {
  /** Environment groups over the columns, in column order: a header row spanning each group. */
  groups: { environment: ClusterEnvironment; label: string; span: number }[];
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * The controls × clusters matrix: columns grouped by environment (then by name), each cell with its
 * status in words for assistive technology and tooltips, so colour is never the only cue.
 */
export function toControlMatrix(
  view: Pick<FleetFrameworkView, "clusters" | "controls">,
  controlIds?: ReadonlySet<string>,
): ControlMatrix {
  const rank = (environment: ClusterEnvironment) => ENVIRONMENTS.indexOf(environment);
  const order = view.clusters
    .map((cluster, index) => ({ cluster, index }))
    .sort(
      (a, b) =>
        rank(a.cluster.environment) - rank(b.cluster.environment) || a.cluster.name.localeCompare(b.cluster.name),
    );

  const columns: MatrixColumn[] = order.map(({ cluster }) => {
    const isEvaluated = cluster.evaluatedAt !== null;
    const scoreText = isEvaluated ? formatScore(cluster.score) : "not evaluated";
    const stale = cluster.freshness === "stale" ? ", stale data" : "";
    return {
      clusterId: cluster.id,
      name: cluster.name,
      environment: cluster.environment,
      isStale: cluster.freshness === "stale",
      isEvaluated,
      scoreText,
      description: `${cluster.name} (${ENVIRONMENT_LABELS[cluster.environment]}): ${scoreText}${stale}`,
    };
  });

  const groups: ControlMatrix["groups"] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last?.environment === column.environment) last.span++;
    else groups.push({ environment: column.environment, label: ENVIRONMENT_LABELS[column.environment], span: 1 });
  }

  const evaluated = view.clusters.filter((cluster) => cluster.evaluatedAt !== null).length;
  const rows = view.controls
    .filter((control) => !controlIds || controlIds.has(control.id))
    .map((control): MatrixRow => {
      const failing = control.clusterCounts.FAIL ?? 0;
      return {
        id: control.id,
        title: control.title,
        fleetStatus: control.fleetStatus ?? "NOT_EVALUATED",
        failingClusters: failing,
        failingText: `${failing} of ${evaluated} ${evaluated === 1 ? "cluster fails" : "clusters fail"}`,
        checks: control.checks,
        cells: order.map(({ cluster, index }) => {
          const cell = control.cells[index];
          const status = cell?.status ?? "NOT_EVALUATED";
          const isStale = cell?.stale ?? false;
          return {
            clusterId: cluster.id,
            status,
            isStale,
            label: `${cluster.name} — ${control.id}: ${displayOf(cell?.status ?? null).label}${isStale ? " (stale data)" : ""}`,
          };
        }),
      };
    });
  return { groups, columns, rows };
}
