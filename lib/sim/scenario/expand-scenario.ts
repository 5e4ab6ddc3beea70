import type { ClusterSettings } from "./cluster-settings-schema";
import { formatClusterName } from "./format-cluster-name";
import { mergeSettings } from "./merge-settings";
import type { Scenario, ScenarioGroup } from "./scenario-schema";

/** One cluster of the scenario with its settings merged, before profile defaults and timeline. */
export interface ScenarioClusterEntry {
  name: string;
  /** Field path of the group or cluster it came from, for error messages. */
  path: string;
  settings: ClusterSettings;
}

/**
 * Expands groups into clusters (in file order: groups first, then explicit clusters) and merges
 * each cluster's settings: scenario defaults, then the group, then its `cycle` values, then the
 * overrides that name it. Does not check references; parseScenario does.
 */
export function expandScenario({ scenario }: { scenario: Scenario }): ScenarioClusterEntry[] {
  const entries: ScenarioClusterEntry[] = [];
  (scenario.groups ?? []).forEach((group, groupIndex) => {
    const { name: pattern, count, start = 1, cycle, overrides = [], ...groupSettings } = group;
    for (let position = 0; position < count; position += 1) {
      const number = start + position;
      const name = formatClusterName({ pattern, number });
      const matching = overrides
        .filter((override) => override.index === number || override.name === name)
        .map(({ index: _index, name: _name, ...settings }) => settings);
      entries.push({
        name,
        path: `groups[${groupIndex}]`,
        settings: mergeSettings<ClusterSettings>({
          layers: [scenario.defaults, groupSettings, cycleValues({ cycle, position }), ...matching],
        }),
      });
    }
  });
  (scenario.clusters ?? []).forEach(({ name, ...settings }, index) => {
    entries.push({
      name,
      path: `clusters[${index}]`,
      settings: mergeSettings<ClusterSettings>({ layers: [scenario.defaults, settings] }),
    });
  });
  return entries;
}

function cycleValues({ cycle, position }: { cycle: ScenarioGroup["cycle"]; position: number }): ClusterSettings {
  if (!cycle) return {};
  const at = <T>(values: T[] | undefined): T | undefined =>
    values && values.length > 0 ? values[position % values.length] : undefined;
  return {
    site: at(cycle.site),
    environment: at(cycle.environment),
    profile: at(cycle.profile),
    kubernetesVersion: at(cycle.kubernetesVersion),
    talosVersion: at(cycle.talosVersion),
  };
}
