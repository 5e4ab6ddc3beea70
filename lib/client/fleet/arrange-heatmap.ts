import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { FindingStatusView } from "@/lib/shared/finding-view";
import type { HeatmapCheckCell, HeatmapCell, HeatmapCluster, HeatmapView } from "@/lib/shared/heatmap-view";
import { formatScore, scoreBand, type ScoreBand } from "@/lib/shared/score-bands";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { formatAge } from "@/lib/client/runs/format-age";

export type HeatmapMode = "frameworks" | "checks";
export type HeatmapSort = "name" | "worst";

export interface HeatmapColumn {
  id: string;
  /** Short header text; `title` is the full name. */
  label: string;
  title: string;
}

export interface HeatmapDisplayCell {
  key: string;
  href: string;
  band: ScoreBand | StatusBand;
  /** What the cell prints: "82", "—", "FAIL". */
  text: string;
  /** Lines for the tooltip and the accessible name. */
  details: string[];
  stale: boolean;
  /** With a comparison: "▲3", "▼5", "±0", "new" (no score then); null when there is nothing to compare. */
  change: string | null;
}

export type StatusBand =
  "status-pass" | "status-fail" | "status-warn" | "status-unknown" | "status-na" | "status-waived";

export interface HeatmapRow {
  cluster: HeatmapCluster;
  cells: HeatmapDisplayCell[];
  /** Lower is worse: the mean score (frameworks) or minus the failing checks (checks). */
  rank: number;
}

export interface HeatmapGroup {
  environment: ClusterEnvironment | null;
  label: string;
  rows: HeatmapRow[];
}

const FRAMEWORK_LABELS: Record<string, string> = {
  "cis-k8s": "CIS K8s",
  "nist-800-53": "NIST 800-53",
  "iso-27001": "ISO 27001",
  soc2: "SOC 2",
  "pci-dss": "PCI DSS",
  nis2: "NIS2",
  gdpr: "GDPR",
};

const CHECK_LABELS: Record<string, string> = {
  "seed.api-server-access": "API access",
  "seed.pod-security": "Pod security",
  "seed.secrets-encryption": "Secrets at rest",
  "seed.audit-logging": "Audit log",
  "seed.network-policies": "Net policies",
  "seed.anonymous-rbac": "Anon & RBAC",
  "seed.image-policy": "Image policy",
  "seed.versions": "Versions",
  "seed.immutability": "Immutability",
  "seed.etcd-backup": "etcd backup",
};

const STATUS_BANDS: Record<FindingStatusView, StatusBand> = {
  PASS: "status-pass",
  FAIL: "status-fail",
  WARN: "status-warn",
  UNKNOWN: "status-unknown",
  NOT_APPLICABLE: "status-na",
  WAIVED: "status-waived",
};

const STATUS_TEXT: Record<FindingStatusView, string> = {
  PASS: "Pass",
  FAIL: "Fail",
  WARN: "Review",
  UNKNOWN: "Unknown",
  NOT_APPLICABLE: "N/A",
  WAIVED: "Waived",
};

export function columnsFor(view: HeatmapView, mode: HeatmapMode): HeatmapColumn[] {
  return mode === "frameworks"
    ? view.frameworks.map((framework) => ({
        id: framework.id,
        label: FRAMEWORK_LABELS[framework.id] ?? framework.name,
        title: `${framework.name} ${framework.version}`,
      }))
    : view.checks.map((check) => ({ id: check.id, label: CHECK_LABELS[check.id] ?? check.id, title: check.title }));
}

function staleLine(cluster: HeatmapCluster, now: number): string {
  return cluster.lastSuccessAt
    ? `STALE: last success ${formatAge({ at: cluster.lastSuccessAt, now })}`
    : "STALE: never collected successfully";
}

/** The change since the comparison day, as printed and as a tooltip line. */
function describeChange(cell: HeatmapCell | undefined, days: number | null): { change: string | null; line?: string } {
  if (days === null || !cell || cell.score === null) return { change: null };
  if (cell.previousScore === null || cell.previousScore === undefined) {
    return { change: "new", line: `No score ${days} days ago` };
  }
  const delta = cell.delta ?? 0;
  const then = formatScore(cell.previousScore);
  if (delta === 0) return { change: "±0", line: `Unchanged since ${days} days ago (then ${then})` };
  const sign = delta > 0 ? "+" : "−";
  return {
    change: `${delta > 0 ? "▲" : "▼"}${Math.abs(delta)}`,
    line: `${sign}${Math.abs(delta)} points since ${days} days ago (then ${then})`,
  };
}

function frameworkCell(
  cluster: HeatmapCluster,
  cell: HeatmapCell | undefined,
  column: HeatmapColumn,
  now: number,
  compareDays: number | null,
) {
  const score = cell?.score ?? null;
  const stale = cell?.stale ?? false;
  const details = [
    `${cluster.name} · ${column.title}`,
    cluster.evaluatedAt === null
      ? "Not evaluated yet"
      : score === null
        ? "No assessable control (nothing passes or fails)"
        : `Score ${formatScore(score)} % (pass ÷ (pass + fail))`,
    `${cell?.pass ?? 0} pass · ${cell?.fail ?? 0} fail · ${cell?.unknown ?? 0} unknown · ${cell?.waived ?? 0} waived`,
  ];
  const { change, line } = describeChange(cell, compareDays);
  if (line) details.push(line);
  if (stale) details.push(staleLine(cluster, now));
  return {
    key: `${cluster.id}:${column.id}`,
    href: `/clusters/${cluster.id}/frameworks/${column.id}`,
    band: scoreBand(score, stale),
    text: formatScore(score),
    details,
    stale,
    change,
  };
}

function checkCell(cluster: HeatmapCluster, cell: HeatmapCheckCell | undefined, column: HeatmapColumn, now: number) {
  const status = cell?.status ?? "UNKNOWN";
  const stale = cell?.stale ?? false;
  const counts = Object.entries(cell?.counts ?? {})
    .map(([name, count]) => `${count} ${STATUS_TEXT[name as FindingStatusView].toLowerCase()}`)
    .join(" · ");
  const details = [`${cluster.name} · ${column.title}`, `${STATUS_TEXT[status]}${counts ? ` (${counts})` : ""}`];
  if (stale) details.push(staleLine(cluster, now));
  return {
    key: `${cluster.id}:${column.id}`,
    href: `/clusters/${cluster.id}?check=${encodeURIComponent(column.id)}`,
    band: stale ? ("stale" as const) : STATUS_BANDS[status],
    text: STATUS_TEXT[status],
    details,
    stale,
    change: null,
  };
}

function rankOf(view: HeatmapView, mode: HeatmapMode, cluster: HeatmapCluster): number {
  if (mode === "checks") {
    return -view.checkCells.filter((cell) => cell.clusterId === cluster.id && cell.status === "FAIL").length;
  }
  const scores = view.cells
    .filter((cell) => cell.clusterId === cluster.id && cell.score !== null)
    .map((cell) => cell.score!);
  // No score at all sorts after every scored cluster: unknown is not "worst", but it is not good either.
  return scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : 2;
}

/** Whether a cluster's name, site or one of its labels (`key=value`) contains the search text. */
export function matchesClusterSearch(cluster: HeatmapView["clusters"][number], search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [cluster.name, cluster.site ?? "", ...Object.entries(cluster.labels).map(([k, v]) => `${k}=${v}`)];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/** Rows (and environment groups) of the heatmap in the chosen mode and order, only clusters matching `search`. */
export function arrangeHeatmap({
  view,
  mode,
  sort,
  isGrouped,
  search = "",
  now,
}: {
  view: HeatmapView;
  mode: HeatmapMode;
  sort: HeatmapSort;
  isGrouped: boolean;
  search?: string;
  now: number;
}): { columns: HeatmapColumn[]; groups: HeatmapGroup[] } {
  const columns = columnsFor(view, mode);
  const cells = new Map(view.cells.map((cell) => [`${cell.clusterId}:${cell.frameworkId}`, cell]));
  const checkCells = new Map(view.checkCells.map((cell) => [`${cell.clusterId}:${cell.checkId}`, cell]));
  const rows: HeatmapRow[] = view.clusters
    .filter((cluster) => matchesClusterSearch(cluster, search))
    .map((cluster) => ({
      cluster,
      rank: rankOf(view, mode, cluster),
      cells: columns.map((column) =>
        mode === "frameworks"
          ? frameworkCell(cluster, cells.get(`${cluster.id}:${column.id}`), column, now, view.compareDays)
          : checkCell(cluster, checkCells.get(`${cluster.id}:${column.id}`), column, now),
      ),
    }));
  rows.sort((a, b) => (sort === "worst" ? a.rank - b.rank : 0) || a.cluster.name.localeCompare(b.cluster.name));
  if (!isGrouped) return { columns, groups: [{ environment: null, label: "All clusters", rows }] };
  const environments: ClusterEnvironment[] = ["edge", "on-prem", "cloud"];
  return {
    columns,
    groups: environments
      .map((environment) => ({
        environment,
        label: ENVIRONMENT_LABELS[environment],
        rows: rows.filter((row) => row.cluster.environment === environment),
      }))
      .filter((group) => group.rows.length > 0),
  };
}

/** The fleet's headline numbers above the grid. */
export function summarizeHeatmap(view: HeatmapView): { clusters: number; stale: number; unevaluated: number } {
  return {
    clusters: view.clusters.length,
    stale: view.clusters.filter((cluster) => cluster.freshness === "stale").length,
    unevaluated: view.clusters.filter((cluster) => cluster.evaluatedAt === null).length,
  };
}
