import { buildCluster, type BuiltCluster } from "./build-cluster";
import { expandScenario } from "./expand-scenario";
import { resolveClusterSpec } from "./resolve-cluster-spec";
import { ScenarioError } from "./scenario-error";
import type { Scenario } from "./scenario-schema";

/**
 * One cluster as it was (or will be) `day` days from the reference time: the scenario's settings
 * with every timeline change up to that day applied, built into objects whose "now" is that
 * day. Replaying history is calling this for day = -90 … 0. Throws for an unknown cluster.
 */
export function getClusterStateAtDay({
  scenario,
  clusterName,
  day,
  referenceTime,
}: {
  scenario: Scenario;
  clusterName: string;
  day: number;
  referenceTime: Date;
}): BuiltCluster {
  const entry = expandScenario({ scenario }).find((candidate) => candidate.name === clusterName);
  if (!entry)
    throw new ScenarioError({
      source: scenario.name ?? "<scenario>",
      issues: [{ path: "", message: `no cluster named "${clusterName}"` }],
    });
  const { spec, issues } = resolveClusterSpec({ scenario, entry, day });
  if (issues.length > 0) throw new ScenarioError({ source: scenario.name ?? "<scenario>", issues });
  return buildCluster({ spec, referenceTime, day });
}

/** The days on which a cluster's posture changes (sorted, without duplicates), for replay loops. */
export function listChangeDays({ scenario, clusterName }: { scenario: Scenario; clusterName?: string }): number[] {
  const days = (scenario.timeline ?? [])
    .filter((entry) => !clusterName || entry.cluster === clusterName)
    .map((entry) => entry.day);
  return [...new Set(days)].sort((a, b) => a - b);
}
