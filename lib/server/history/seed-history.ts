import { readEnv } from "@/lib/server/config/read-env";
import type { EvaluationCatalog } from "@/lib/server/evaluations/evaluate-cluster";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findFirstEvaluationTimes } from "@/lib/server/store/evaluations/find-first-evaluation-times";
import { joinReplayedStates } from "@/lib/server/store/evaluations/join-replayed-states";
import { planReplayDays, replayTime } from "./plan-replay-days";
import { replayClusterCollection } from "./replay-cluster-collection";

const DEFAULT_CONCURRENCY = 8;

export interface SeedHistoryResult {
  /** The days collected on (fleet-wide), oldest first. */
  days: number[];
  /** Clusters that got history; the others already had evaluations from before the first day (or none, with `onlyEvaluated`). */
  seededClusters: number;
  skippedClusters: number;
  evaluations: number;
  /** Replayed runs that could not read the Kubernetes API (stored as failed runs, evaluated like the worker does). */
  failedRuns: number;
  /** Collections that could not be replayed at all (e.g. undecryptable credentials): "cluster day: reason". */
  problems: string[];
  from: Date | null;
  to: Date | null;
}

/**
 * Replays a simulated fleet's timeline into real, backdated history: for each replay day (see
 * planReplayDays) the simulator is switched to that day and every registered cluster is collected
 * in this process, stored as a scheduled run and evaluated, all stamped that many days before
 * `now`. History is only ever put before a cluster's first evaluation, so running it again adds
 * nothing; when a cluster was already evaluated (the demo's worker collects at registration), the
 * replay ends where that history begins and joins it. The simulator is left showing day 0.
 *
 * Note: a cluster without evaluations gets the replay as its whole history, so nothing else may
 * evaluate it meanwhile; with `onlyEvaluated` such clusters are left out, and a worker evaluating
 * the others concurrently cannot interfere (the replay only touches states that end where the
 * recorded history begins). `showDay` switches the whole simulated fleet, so a worker collecting
 * it meanwhile reads a past day: ask for a fresh collection afterwards.
 */
export async function seedHistory({
  showDay,
  changeDays,
  firstDay,
  stepDays,
  now = new Date(),
  concurrency = DEFAULT_CONCURRENCY,
  catalog = getEvaluationCatalog(),
  onlyEvaluated = false,
  onDay,
}: {
  showDay: (options: { day: number }) => Promise<void>;
  /** The scenario timeline's change days (listChangeDays). */
  changeDays: readonly number[];
  firstDay?: number;
  stepDays?: number;
  now?: Date;
  concurrency?: number;
  catalog?: EvaluationCatalog;
  onlyEvaluated?: boolean;
  onDay?: (progress: { day: number; index: number; total: number }) => void;
}): Promise<SeedHistoryResult> {
  const env = readEnv();
  const days = planReplayDays({ changeDays, firstDay, stepDays });
  const [clusters, firstEvaluations] = await Promise.all([findClusters(), findFirstEvaluationTimes()]);
  const daysOf = (cluster: ClusterRow) => {
    const cutoff = firstEvaluations.get(cluster.id);
    if (!cutoff && onlyEvaluated) return [];
    return days.filter((day) => !cutoff || replayTime({ day, now }) < cutoff);
  };
  const toSeed = clusters.filter((cluster) => daysOf(cluster).length > 0);
  const result: SeedHistoryResult = {
    days: [],
    seededClusters: toSeed.length,
    skippedClusters: clusters.length - toSeed.length,
    evaluations: 0,
    failedRuns: 0,
    problems: [],
    from: null,
    to: null,
  };
  if (toSeed.length === 0) return result;

  try {
    for (const [index, day] of days.entries()) {
      const due = toSeed.filter((cluster) => daysOf(cluster).includes(day));
      if (due.length === 0) continue;
      onDay?.({ day, index, total: days.length });
      await showDay({ day });
      const at = replayTime({ day, now });
      await forEachLimit(due, concurrency, async (cluster) => {
        try {
          const replayed = await replayClusterCollection({
            cluster,
            at,
            openUntil: firstEvaluations.get(cluster.id) ?? null,
            env,
            catalog,
          });
          if (replayed.outcome === "failed") result.failedRuns++;
          if (replayed.evaluationId) result.evaluations++;
        } catch (error) {
          result.problems.push(`${cluster.name} day ${day}: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      result.days.push(day);
      result.from ??= at;
      result.to = at;
    }
  } finally {
    await showDay({ day: 0 });
  }
  for (const cluster of toSeed) {
    const joinAt = firstEvaluations.get(cluster.id);
    if (joinAt) await joinReplayedStates({ clusterId: cluster.id, joinAt });
  }
  return result;
}

async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
