// The fleet runner: a scenario's clusters as live Kubernetes and Talos API servers, with
// credentials and fleet.json on disk.
export { startFleet, type StartFleetOptions } from "./start-fleet";
export { formatFleetSummary } from "./format-fleet-summary";
export { READER_GROUPS, READER_USER } from "./fleet-types";
export type { Fleet, FleetManifest, FleetManifestCluster, FleetStartup, RunningCluster } from "./fleet-types";
