import type { CatalogChangeMarker, TrendPoint, TrendScope, TrendSeries, TrendsView } from "@/lib/shared/trends-view";
import type { EvaluationHistoryRow } from "@/lib/server/store/evaluations/find-evaluation-history";
import { compareVersions } from "./compare-versions";
import { endOfDay, listDays } from "./trend-days";

interface FrameworkSummary {
  score?: unknown;
  fail?: unknown;
}

function summaryOf(row: EvaluationHistoryRow, frameworkId: string): { score: number | null; fail: number } {
  const frameworks = row.frameworks && typeof row.frameworks === "object" ? row.frameworks : {};
  const summary = (frameworks as Record<string, FrameworkSummary | undefined>)[frameworkId];
  return {
    score: typeof summary?.score === "number" ? summary.score : null,
    fail: typeof summary?.fail === "number" ? summary.fail : 0,
  };
}

/** Each cluster's evaluation in force at the end of every day (undefined: none yet). */
function evaluationsByDay(
  days: readonly string[],
  clusterIds: readonly string[],
  rows: readonly EvaluationHistoryRow[],
): (EvaluationHistoryRow | undefined)[][] {
  const byCluster = new Map<string, EvaluationHistoryRow[]>(clusterIds.map((id) => [id, []]));
  for (const row of rows) byCluster.get(row.clusterId)?.push(row);
  for (const list of byCluster.values()) list.sort((a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime());
  const cursors = new Map<string, number>(clusterIds.map((id) => [id, -1]));
  return days.map((day) => {
    const end = endOfDay(day).getTime();
    return clusterIds.map((id) => {
      const list = byCluster.get(id) ?? [];
      let cursor = cursors.get(id) ?? -1;
      while (cursor + 1 < list.length && list[cursor + 1]!.evaluatedAt.getTime() < end) cursor++;
      cursors.set(id, cursor);
      return cursor >= 0 ? list[cursor] : undefined;
    });
  });
}

function pointOf(day: string, inForce: readonly (EvaluationHistoryRow | undefined)[], frameworkId: string): TrendPoint {
  const evaluated = inForce.filter((row): row is EvaluationHistoryRow => row !== undefined);
  const summaries = evaluated.map((row) => summaryOf(row, frameworkId));
  const scores = summaries.flatMap(({ score }) => (score === null ? [] : [score]));
  return {
    day,
    score: scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
    failing: evaluated.length > 0 ? summaries.reduce((sum, { fail }) => sum + fail, 0) : null,
    clusters: scores.length,
    notYetEvaluated: inForce.length - evaluated.length,
  };
}

function newestVersion(inForce: readonly (EvaluationHistoryRow | undefined)[]): string | null {
  let newest: string | null = null;
  for (const row of inForce) {
    if (row && (newest === null || compareVersions(row.catalogVersion, newest) > 0)) newest = row.catalogVersion;
  }
  return newest;
}

/**
 * Trends from evaluation summaries (as the daily rollups hold them): for every day in [from, to] and every framework, the score of
 * each in-scope cluster's latest evaluation by the end of that day; an environment or the fleet
 * gets the mean over the clusters that have a score (clusters not yet evaluated are left out and
 * counted) and the sum of failing controls. A marker is set on each day the newest catalog version
 * in use changes (not on the first day with data).
 */
export function toTrendsView({
  scope,
  from,
  to,
  clusterIds,
  frameworks,
  rows,
  now,
}: {
  scope: TrendScope;
  from: string;
  to: string;
  clusterIds: readonly string[];
  frameworks: readonly { id: string; name: string; version: string }[];
  rows: readonly EvaluationHistoryRow[];
  now: Date;
}): TrendsView {
  const days = listDays(from, to);
  const inForceByDay = evaluationsByDay(days, clusterIds, rows);
  const series: TrendSeries[] = frameworks.map((framework) => ({
    frameworkId: framework.id,
    frameworkName: framework.name,
    points: days.map((day, index) => pointOf(day, inForceByDay[index]!, framework.id)),
  }));
  const catalogChanges: CatalogChangeMarker[] = [];
  let previous: string | null = null;
  days.forEach((day, index) => {
    const version = newestVersion(inForceByDay[index]!);
    if (version !== null && previous !== null && version !== previous) {
      catalogChanges.push({ day, version, previousVersion: previous });
    }
    if (version !== null) previous = version;
  });
  return {
    scope,
    from,
    to,
    clusterCount: clusterIds.length,
    frameworks: frameworks.map(({ id, name, version }) => ({ id, name, version })),
    series,
    catalogChanges,
    hasHistory: inForceByDay.some((inForce) => inForce.some((row) => row !== undefined)),
    generatedAt: now.toISOString(),
  };
}
