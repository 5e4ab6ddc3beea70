/** Network defaults of `talosctl gen config`. */
export const TALOS_CLUSTER_DEFAULTS = {
  podCidr: "10.244.0.0/16",
  serviceCidr: "10.96.0.0/12",
  dnsDomain: "cluster.local",
  clusterDns: "10.96.0.10",
} as const;

export const DEFAULT_CLUSTER_NAME = "talos-sim";
export const DEFAULT_BOOT_TIME = new Date("2026-01-05T08:00:00Z");

/** The control-plane endpoint written to machine configs when the scenario gives none. */
export function defaultControlPlaneEndpoint(clusterName: string): string {
  return `https://${clusterName}.sim.lotse.internal:6443`;
}
