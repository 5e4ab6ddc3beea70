import type { KubeApiServer } from "@/lib/sim/kube";
import type { Environment, KubeFaults, PlatformProfile, SimNode, TalosFaults } from "@/lib/sim/model";
import type { ClusterSpec } from "@/lib/sim/scenario";
import type { TalosApiServer } from "@/lib/sim/talos";

/** The Kubernetes identity every simulated kubeconfig uses (bound to the `lotse-reader` ClusterRole). */
export const READER_USER = "lotse-reader";
export const READER_GROUPS = ["lotse:readers"];

/** One cluster's entry in fleet.json. Paths are absolute. */
export interface FleetManifestCluster {
  name: string;
  environment: Environment;
  site: string;
  labels: Record<string, string>;
  profile: PlatformProfile;
  kubernetesVersion: string;
  talosVersion: string | null;
  nodeCount: number;
  controlPlaneNodes: number;
  workerNodes: number;
  podCount: number;
  kubernetes: { endpoint: string; kubeconfig: string; user: string; groups: string[] };
  /** Null for non-Talos profiles. */
  talos: { endpoint: string; talosconfig: string; role: string; nodes: SimNode[] } | null;
  faults: { kube: KubeFaults; talos: TalosFaults };
}

/** fleet.json: what `npm run sim` started, for `npm run demo`, tests and people. */
export interface FleetManifest {
  version: 1;
  scenario: { name: string | null; path: string | null; seed: number };
  referenceTime: string;
  day: number;
  startedAt: string;
  pid: number;
  clusters: FleetManifestCluster[];
}

export interface RunningCluster {
  spec: ClusterSpec;
  kube: KubeApiServer;
  /** Talos profiles only. */
  talos?: TalosApiServer;
  kubeconfigPath: string;
  talosconfigPath?: string;
  manifest: FleetManifestCluster;
}

export interface FleetStartup {
  /** From the call to startFleet until every server listens and every file is written. */
  durationMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  objectCount: number;
  podCount: number;
}

export interface Fleet {
  outDir: string;
  manifestPath: string;
  manifest: FleetManifest;
  clusters: RunningCluster[];
  startup: FleetStartup;
  /**
   * Serves every cluster's Kubernetes objects as of `day` (timeline replay). The Talos API
   * servers keep serving the node states of the day the fleet started (they cannot be updated
   * in place).
   */
  showDay(options: { day: number }): Promise<void>;
  /** Stops every server; idempotent. Credential files stay. */
  close(): Promise<void>;
}
