import { readEnv } from "@/lib/server/config/read-env";
import type { ClusterSnapshot } from "@/lib/server/collect/snapshot/cluster-snapshot";
import {
  decodeSnapshot,
  encodeSnapshot,
  toStoredSnapshot,
  type EncodedSnapshot,
  type StoredSnapshot,
} from "@/lib/server/collect/snapshot/encode-snapshot";
import type { EvaluationCatalog } from "@/lib/server/evaluations/evaluate-cluster";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { findFirstEvaluationTimes } from "@/lib/server/store/evaluations/find-first-evaluation-times";
import { listChangeDays, type Scenario } from "@/lib/sim/scenario";
import { collectForReplay } from "./collect-for-replay";
import { outageSlotsOf, type Outage } from "./plan-outages";
import { planHistorySlots, type HistoryInterval } from "./plan-history-slots";
import { recordReplayedCollection } from "./record-replayed-collection";

export interface IntervalHistoryResult {
  runs: number;
  /** Runs whose snapshot was really collected from the simulator showing that day. */
  collected: number;
  /** Runs during an outage: collected for real against a closed port (failed runs). */
  outageRuns: number;
  /** Runs that stored the cluster's unchanged snapshot again (nothing new stored but run and evaluation). */
  unchangedRuns: number;
  newSnapshots: number;
  /** Evaluations stored as new rows (the others confirmed the latest one: same input, same verdicts). */
  evaluations: number;
  confirmations: number;
  failedRuns: number;
  problems: string[];
  from: Date | null;
  to: Date | null;
}

interface Cached {
  snapshot: ClusterSnapshot;
  encoded: EncodedSnapshot;
  /** The encoded bytes decoded again, as the worker's evaluation reads a stored snapshot. */
  decoded?: StoredSnapshot;
  durationMs: number;
}

/**
 * Writes `days` days of scheduled runs every `interval` for fresh clusters of a running simulated
 * fleet, through the worker's collect → store → evaluate functions, backdated.
 *
 * Honest about what is collected: a cluster is collected for real from the simulator on the first
 * day and on every day its timeline changes (the simulator is switched to that day first); an
 * outage is a real collection against a closed port. Every other run stores the cluster's last
 * collected snapshot again (the simulated state did not change, so a real collection would have
 * returned the same content): recordReplayedRun deduplicates it by hash and evaluateCluster keeps
 * unchanged finding states, exactly as for a worker's unchanged rerun. Catalog versions: runs
 * before `catalogChange.at` are evaluated as `catalogChange.previousVersion`.
 */
export async function seedIntervalHistory({
  scenario,
  showDay,
  clusters,
  days,
  interval,
  now = new Date(),
  outages = [],
  catalogChange = null,
  concurrency = 4,
  onDay,
}: {
  scenario: Scenario;
  showDay: (options: { day: number }) => Promise<void>;
  clusters: readonly ClusterRow[];
  days: number;
  interval: HistoryInterval;
  now?: Date;
  outages?: readonly Outage[];
  catalogChange?: { at: Date; previousVersion: string } | null;
  concurrency?: number;
  onDay?: (progress: { day: number; index: number; total: number; result: IntervalHistoryResult }) => void;
}): Promise<IntervalHistoryResult> {
  const env = readEnv();
  const current = getEvaluationCatalog();
  const previous: EvaluationCatalog | null = catalogChange
    ? { ...current, version: catalogChange.previousVersion }
    : null;
  const firstEvaluations = await findFirstEvaluationTimes();
  const evaluated = clusters.filter((cluster) => firstEvaluations.has(cluster.id)).map((cluster) => cluster.name);
  if (evaluated.length > 0)
    throw new Error(
      `these clusters already have evaluations; history goes to fresh clusters only: ${evaluated.join(", ")}`,
    );

  const slots = planHistorySlots({ days, interval, now });
  const result: IntervalHistoryResult = {
    runs: 0,
    collected: 0,
    outageRuns: 0,
    unchangedRuns: 0,
    newSnapshots: 0,
    evaluations: 0,
    confirmations: 0,
    failedRuns: 0,
    problems: [],
    from: slots[0]?.at ?? null,
    to: slots.at(-1)?.at ?? null,
  };
  const changeDays = new Map(clusters.map((c) => [c.id, new Set(listChangeDays({ scenario, clusterName: c.name }))]));
  const outageSlots = new Map(clusters.map((c) => [c.id, outageSlotsOf({ outages, cluster: c.name })]));
  const cache = new Map<string, Cached>();
  const isStale = new Set(clusters.map((cluster) => cluster.id));
  const dayList = [...new Set(slots.map((slot) => slot.day))];

  try {
    for (const [dayIndex, day] of dayList.entries()) {
      for (const cluster of clusters) if (changeDays.get(cluster.id)?.has(day)) isStale.add(cluster.id);
      if (isStale.size > 0) await showDay({ day });
      const daySlots = slots.map((slot, index) => ({ ...slot, index })).filter((slot) => slot.day === day);
      await forEachLimit(clusters, concurrency, async (cluster) => {
        for (const slot of daySlots) {
          try {
            const catalog = previous && catalogChange && slot.at < catalogChange.at ? previous : current;
            let run: Cached;
            if (outageSlots.get(cluster.id)?.has(slot.index)) {
              const collected = await collectForReplay({ cluster, env, isUnreachable: true });
              run = { ...collected, encoded: encodeSnapshot(toStoredSnapshot(collected.snapshot)) };
              result.outageRuns++;
            } else if (isStale.has(cluster.id) || !cache.has(cluster.id)) {
              const collected = await collectForReplay({ cluster, env });
              const encoded = encodeSnapshot(toStoredSnapshot(collected.snapshot));
              run = { ...collected, encoded, decoded: decodeSnapshot(encoded) };
              cache.set(cluster.id, run);
              isStale.delete(cluster.id);
              result.collected++;
            } else {
              run = cache.get(cluster.id)!;
              result.unchangedRuns++;
            }
            const recorded = await recordReplayedCollection({
              clusterId: cluster.id,
              snapshot: { ...run.snapshot, collectedAt: slot.at.toISOString() },
              encoded: run.encoded,
              decoded: run.decoded,
              at: slot.at,
              durationMs: run.durationMs,
              openUntil: null,
              catalog,
            });
            result.runs++;
            if (recorded.isNewSnapshot) result.newSnapshots++;
            if (recorded.isConfirmation) result.confirmations++;
            else if (recorded.evaluationId) result.evaluations++;
            if (recorded.outcome === "failed") result.failedRuns++;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            result.problems.push(`${cluster.name} ${slot.at.toISOString()}: ${reason}`);
          }
        }
      });
      onDay?.({ day, index: dayIndex, total: dayList.length, result });
    }
  } finally {
    await showDay({ day: 0 });
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
