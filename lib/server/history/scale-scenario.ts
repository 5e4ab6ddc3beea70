import { expandScenario, type Scenario } from "@/lib/sim/scenario";

/**
 * The scenario with its groups resized to `clusters` in total (each group keeps its share,
 * rounded, the last group takes the remainder; explicit clusters are dropped). Overrides and
 * timeline entries that name a cluster no longer in the fleet are dropped too, so a 300-cluster
 * bench fleet and a 5-cluster quick run both come from the demo's port authority.
 */
export function scaleScenario({ scenario, clusters }: { scenario: Scenario; clusters: number }): Scenario {
  if (!Number.isInteger(clusters) || clusters < 1)
    throw new Error(`clusters must be a whole number ≥ 1, got ${clusters}`);
  const groups = scenario.groups ?? [];
  if (groups.length === 0) throw new Error("the scenario has no groups to scale");
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  let left = clusters;
  const resized = groups.map((group, index) => {
    const isLast = index === groups.length - 1;
    const count = isLast ? left : Math.min(left, Math.round((group.count * clusters) / total));
    left -= count;
    return { ...group, count };
  });
  const kept = resized.filter((group) => group.count > 0);
  const names = new Set(expandScenario({ scenario: { ...scenario, groups: kept, clusters: [] } }).map((c) => c.name));
  const withOverrides = kept.map((group) => ({
    ...group,
    overrides: group.overrides?.filter((override) =>
      override.name !== undefined ? names.has(override.name) : (override.index ?? 0) < (group.start ?? 1) + group.count,
    ),
  }));
  return {
    ...scenario,
    name: `${scenario.name ?? "scenario"}-${clusters}`,
    groups: withOverrides,
    clusters: [],
    timeline: (scenario.timeline ?? []).filter((entry) => names.has(entry.cluster)),
  };
}

/** The cluster names of a scenario, in file order. */
export function listScenarioClusters({ scenario }: { scenario: Scenario }): string[] {
  return expandScenario({ scenario }).map((entry) => entry.name);
}
