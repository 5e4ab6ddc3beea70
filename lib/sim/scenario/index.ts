// Scenario files of the fleet simulator: parse and validate, expand groups, resolve profiles and
// the drift timeline, and build each cluster's objects.
export { loadScenario } from "./load-scenario";
export { parseScenario, MAX_SCENARIO_BYTES } from "./parse-scenario";
export { ScenarioError, type ScenarioIssue } from "./scenario-error";
export type { Scenario, ScenarioGroup, ScenarioTimelineEntry } from "./scenario-schema";
export type { ClusterSettings } from "./cluster-settings-schema";
export type { ClusterSpec } from "./cluster-spec";
export { expandScenario, type ScenarioClusterEntry } from "./expand-scenario";
export { resolveScenario, resolveReferenceTime } from "./resolve-scenario";
export { buildCluster, type BuiltCluster } from "./build-cluster";
export { getClusterStateAtDay, listChangeDays } from "./get-cluster-state-at-day";
export { SECRET_VALUE_MARKER } from "./objects/build-config-objects";
