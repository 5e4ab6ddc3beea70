import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import { TREND_DEFAULT_DAYS, TREND_MAX_DAYS, type TrendScope, type TrendsView } from "@/lib/shared/trends-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { AppError } from "@/lib/server/http/app-error";
import { fromEnvironmentRow } from "@/lib/server/store/clusters/cluster-row";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findFrameworkDayHistory } from "@/lib/server/store/rollups/find-framework-day-history";
import { toTrendsView } from "./to-trends-view";
import { addDays, countDays, toDay } from "./trend-days";

export interface TrendsQuery {
  framework?: string;
  clusterId?: string;
  environment?: ClusterEnvironment;
  /** YYYY-MM-DD (UTC); default: the last 30 days up to today. */
  from?: string;
  to?: string;
}

function resolveRange(query: TrendsQuery, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - TREND_DEFAULT_DAYS);
  if (to > today) throw new AppError("bad_request", `to: must not be after today (${today})`, { field: "to" });
  if (from > to) throw new AppError("bad_request", `from: must not be after to (${to})`, { field: "from" });
  if (countDays(from, to) > TREND_MAX_DAYS)
    throw new AppError("bad_request", `the range spans more than ${TREND_MAX_DAYS} days`, { field: "from" });
  return { from, to };
}

/** Trends of one cluster, an environment or the whole fleet (see toTrendsView); two queries, on the daily rollups. */
export async function loadTrends(query: TrendsQuery, now = new Date()): Promise<TrendsView> {
  const { catalog } = getEvaluationCatalog();
  const { from, to } = resolveRange(query, toDay(now));
  const frameworks = query.framework
    ? catalog.frameworks.filter((framework) => framework.id === query.framework)
    : catalog.frameworks;
  if (frameworks.length === 0) {
    const known = catalog.frameworks.map((framework) => framework.id).join(", ");
    throw new AppError("bad_request", `framework: unknown framework "${query.framework}" (one of ${known})`, {
      field: "framework",
    });
  }

  const clusters = await findClusters();
  let scope: TrendScope = { kind: "fleet" };
  let inScope = clusters;
  if (query.clusterId) {
    const cluster = clusters.find((candidate) => candidate.id === query.clusterId);
    if (!cluster) throw new AppError("not_found", "No such cluster.");
    scope = { kind: "cluster", clusterId: cluster.id, clusterName: cluster.name };
    inScope = [cluster];
  } else if (query.environment) {
    scope = { kind: "environment", environment: query.environment };
    inScope = clusters.filter((cluster) => fromEnvironmentRow(cluster.environment) === query.environment);
  }
  const clusterIds = inScope.map((cluster) => cluster.id);
  // The daily rollups hold each cluster's last result of every day: no evaluation is scanned.
  const rows = await findFrameworkDayHistory({
    clusterIds,
    frameworkIds: frameworks.map((framework) => framework.id),
    fromDay: from,
    toDay: to,
  });
  return toTrendsView({ scope, from, to, clusterIds, frameworks, rows, now });
}
