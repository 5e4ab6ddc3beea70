import type { ClusterSpec } from "./cluster-spec";
import { expandScenario } from "./expand-scenario";
import { resolveClusterSpec } from "./resolve-cluster-spec";
import { ScenarioError } from "./scenario-error";
import type { Scenario } from "./scenario-schema";

/**
 * Every cluster of a (validated) scenario as it is on day `day` (default 0, today), in file
 * order. Throws ScenarioError when a cluster does not resolve.
 */
export function resolveScenario({ scenario, day = 0 }: { scenario: Scenario; day?: number }): ClusterSpec[] {
  return expandScenario({ scenario }).map((entry) => {
    const { spec, issues } = resolveClusterSpec({ scenario, entry, day });
    if (issues.length > 0) throw new ScenarioError({ source: scenario.name ?? "<scenario>", issues });
    return spec;
  });
}

/** "Today" of a scenario: its `referenceTime`, else `now` rounded down to the hour. */
export function resolveReferenceTime({ scenario, now = new Date() }: { scenario: Scenario; now?: Date }): Date {
  if (scenario.referenceTime) return new Date(scenario.referenceTime);
  return new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
}
