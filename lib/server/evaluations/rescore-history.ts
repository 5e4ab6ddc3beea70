import type { Catalog } from "@/lib/catalog/catalog-types";
import { frameworkDaysFromSummary } from "@/lib/server/store/rollups/framework-day";
import { findOutdatedDays, type DayCursor, type OutdatedDay } from "@/lib/server/store/rollups/find-outdated-days";
import { findStatusIntervals, type StatusInterval } from "@/lib/server/store/rollups/find-status-intervals";
import { rescoreFrameworkDays } from "@/lib/server/store/rollups/rescore-framework-days";
import { summarizeFindings } from "./evaluation-catalog";

/** Cluster-days per pass: each costs one small transaction; a cluster's intervals are read once per pass. */
export const RESCORE_BATCH_DAYS = 100;

export interface RescoreHistoryResult {
  /** Cluster-days whose rollup rows now hold the catalog's scores. */
  rescored: number;
  /** Cluster-days left as they were: no recorded verdict was in force at their result's time. */
  skipped: number;
  /** Where the next pass continues; null when this pass reached the end. */
  next: DayCursor | null;
}

function byCluster(days: readonly OutdatedDay[]): Map<string, OutdatedDay[]> {
  const groups = new Map<string, OutdatedDay[]>();
  for (const day of days) groups.set(day.clusterId, [...(groups.get(day.clusterId) ?? []), day]);
  return groups;
}

const isInForce = (interval: StatusInterval, at: Date) =>
  interval.since <= at && (interval.until === null || interval.until > at);

/**
 * The history half of a catalog change (the start-up re-evaluation does each cluster's latest
 * snapshot): past days' rollups, which trends read, are re-scored under `catalog`, up to `limit`
 * cluster-days per pass, newest day first, resuming after `after`. No cluster is contacted and no
 * snapshot is evaluated again.
 *
 * A day is re-scored from the verdicts recorded then: the finding states in force at the instant
 * its result was evaluated or confirmed (`asOf`), scored with the catalog's frameworks, controls and
 * mappings exactly as an evaluation's summary is. Those intervals are never rewritten: they keep
 * the catalog version whose evaluators produced them, and evidence packs already score them with
 * the catalog of the day they are generated. The rows get the catalog's version (the mapping their
 * scores were computed under). A check the old catalog did not evaluate has no recorded verdict,
 * so its controls count as UNKNOWN on past days, never PASS. A day with no verdict in force at its
 * `asOf` (history pruned) keeps its old scores and version, which trends mark as such.
 *
 * Idempotent: only days holding another version are visited, and re-scoring one gives the same
 * rows again. A pass that finds nothing writes nothing.
 */
export async function rescoreHistory({
  catalog,
  after = null,
  limit = RESCORE_BATCH_DAYS,
}: {
  catalog: Catalog;
  after?: DayCursor | null;
  limit?: number;
}): Promise<RescoreHistoryResult> {
  const days = await findOutdatedDays({
    catalogVersion: catalog.version,
    frameworkIds: catalog.frameworks.map((framework) => framework.id),
    after,
    limit,
  });
  let rescored = 0;
  let skipped = 0;
  for (const [clusterId, clusterDays] of byCluster(days)) {
    const instants = clusterDays.map((day) => day.asOf.getTime());
    const intervals = await findStatusIntervals({
      clusterId,
      from: new Date(Math.min(...instants)),
      to: new Date(Math.max(...instants)),
    });
    for (const { asOf, isStale } of clusterDays) {
      const findings = intervals.filter((interval) => isInForce(interval, asOf));
      if (findings.length === 0) {
        skipped++;
        continue;
      }
      const { frameworks } = summarizeFindings(catalog, findings);
      await rescoreFrameworkDays({
        clusterId,
        asOf,
        isStale,
        catalogVersion: catalog.version,
        frameworks: frameworkDaysFromSummary(frameworks),
      });
      rescored++;
    }
  }
  const last = days.at(-1);
  return {
    rescored,
    skipped,
    next: days.length === limit && last ? { clusterId: last.clusterId, day: last.day } : null,
  };
}
