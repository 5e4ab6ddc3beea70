import type { ScenarioTimelineEntry } from "@/lib/sim/scenario";

/** A small seeded generator (mulberry32): the same seed always gives the same year. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Drift a platform team sees in a year, each with the change that fixes it. */
const EPISODES: { note: string; drift: ScenarioTimelineEntry["change"]; fix: ScenarioTimelineEntry["change"] }[] = [
  {
    note: "A team namespace was created without PSA labels",
    drift: { posture: { namespacesWithoutPsa: 1 } },
    fix: { posture: { namespacesWithoutPsa: 0 } },
  },
  {
    note: "A namespace lost its default-deny NetworkPolicy in a refactoring",
    drift: { posture: { namespacesWithoutDefaultDeny: 1 } },
    fix: { posture: { namespacesWithoutDefaultDeny: 0 } },
  },
  {
    note: "A debugging DaemonSet ran privileged",
    drift: { posture: { privilegedWorkloads: 1 } },
    fix: { posture: { privilegedWorkloads: 0 } },
  },
  {
    note: "A vendor's probe got an anonymous binding",
    drift: { posture: { anonymousBinding: true } },
    fix: { posture: { anonymousBinding: false } },
  },
];

/**
 * Generated drift and fixes over the last `days` days: per cluster 0–3 episodes (drift on a day,
 * fixed 2–60 days later, or still open today), spread over the whole period. Days are ≤ 0.
 */
export function buildYearTimeline({
  clusterNames,
  days,
  seed,
}: {
  clusterNames: readonly string[];
  days: number;
  seed: number;
}): ScenarioTimelineEntry[] {
  if (!Number.isInteger(days) || days < 1) throw new Error(`days must be a whole number ≥ 1, got ${days}`);
  const random = createRandom(seed);
  const pick = (max: number) => Math.floor(random() * max);
  const entries: ScenarioTimelineEntry[] = [];
  for (const cluster of clusterNames) {
    // 0–3 episodes a year, rounded at random, so a short period still has its share of drift.
    const episodes = Math.floor((pick(4) * days) / 365 + random());
    for (let index = 0; index < episodes; index++) {
      const episode = EPISODES[pick(EPISODES.length)]!;
      const driftDay = -pick(days);
      const fixDay = driftDay + 2 + pick(59);
      entries.push({ day: driftDay, cluster, change: episode.drift, note: episode.note });
      if (fixDay <= 0) entries.push({ day: fixDay, cluster, change: episode.fix, note: `Fixed: ${episode.note}` });
    }
  }
  return entries.sort((a, b) => a.day - b.day || a.cluster.localeCompare(b.cluster));
}
