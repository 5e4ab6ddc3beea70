import type { TrendPoint, TrendsView } from "@/lib/shared/trends-view";

/** One day of the chart: score in percent (0–100), failing controls; null = nothing to draw. */
export interface TrendChartPoint {
  day: string;
  /** Short axis label, e.g. "12 Nov". */
  label: string;
  score: number | null;
  failing: number | null;
  clusters: number;
  notYetEvaluated: number;
}

export interface TrendChartMarker {
  day: string;
  label: string;
}

export interface TrendChartData {
  frameworkId: string;
  frameworkName: string;
  points: TrendChartPoint[];
  markers: TrendChartMarker[];
  /** Any day with a score or a failing count. */
  hasData: boolean;
  /** The last day with data, in words. */
  latestScore: string;
  latestFailing: string;
  /** Change of the score from the first to the last day with one, in percentage points. */
  change: { value: string; caption: string; direction: "up" | "down" | "flat" | "none" };
  /** Who the numbers cover on the last day: "2 clusters · 1 not evaluated yet". */
  coverage: string;
}

const DAY_LABEL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function formatTrendDay(day: string): string {
  return DAY_LABEL.format(new Date(`${day}T00:00:00Z`));
}

/** A percentage with one decimal where it matters: 87.5 → "87.5 %", 100 → "100 %". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}

const toPercent = (score: number | null) => (score === null ? null : Math.round(score * 1000) / 10);

function toPoint(point: TrendPoint): TrendChartPoint {
  return {
    day: point.day,
    label: formatTrendDay(point.day),
    score: toPercent(point.score),
    failing: point.failing,
    clusters: point.clusters,
    notYetEvaluated: point.notYetEvaluated,
  };
}

function describeChange(scored: readonly TrendChartPoint[]): TrendChartData["change"] {
  const [first, last] = [scored[0], scored.at(-1)];
  if (!first || !last || first === last)
    return { value: "—", caption: "change: not enough history", direction: "none" };
  const delta = Math.round(((last.score ?? 0) - (first.score ?? 0)) * 10) / 10;
  const caption = `change since ${first.label}`;
  if (delta === 0) return { value: "±0 points", caption, direction: "flat" };
  const size = formatPercent(Math.abs(delta)).replace(" %", "");
  return { value: `${delta > 0 ? "+" : "−"}${size} points`, caption, direction: delta > 0 ? "up" : "down" };
}

function describeCoverage(view: TrendsView, last: TrendChartPoint | undefined): string {
  if (view.scope.kind === "cluster") return view.scope.clusterName;
  const clusters = `${view.clusterCount} ${view.clusterCount === 1 ? "cluster" : "clusters"}`;
  const missing = last ? last.notYetEvaluated : view.clusterCount;
  return missing > 0 ? `${clusters} · ${missing} not evaluated yet` : clusters;
}

/** The chart, summary and table data for one framework of a trends view. */
export function toTrendChartData(view: TrendsView, frameworkId: string): TrendChartData | null {
  const series = view.series.find((candidate) => candidate.frameworkId === frameworkId) ?? view.series[0];
  if (!series) return null;
  const points = series.points.map(toPoint);
  const withData = points.filter((point) => point.failing !== null);
  const scored = points.filter((point) => point.score !== null);
  const last = withData.at(-1);
  const lastScored = scored.at(-1);
  return {
    frameworkId: series.frameworkId,
    frameworkName: series.frameworkName,
    points,
    markers: view.catalogChanges.map((change) => ({
      day: change.day,
      label: `Catalog ${change.version}`,
    })),
    hasData: withData.length > 0,
    latestScore: lastScored?.score != null ? formatPercent(lastScored.score) : "no score",
    latestFailing: last?.failing != null ? String(last.failing) : "—",
    change: describeChange(scored),
    coverage: describeCoverage(view, last),
  };
}
