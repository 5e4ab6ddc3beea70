import type { KubeFaults } from "@/lib/sim/model";
import type { ObjectStore } from "./build-object-store";
import type { KubeletConfigs } from "./kube-api-server-types";
import type { ResourceRegistry } from "./kube-resource-types";

/** What a cluster serves right now; replaced as a whole when objects change. */
export interface ServedState {
  registry: ResourceRegistry;
  store: ObjectStore;
  kubeletConfigs: KubeletConfigs;
}

/** Everything request handling needs, owned by one running server. */
export interface KubeServerContext {
  clusterName: string;
  seed: number;
  faults: KubeFaults;
  versionJson: string;
  /** host:port, reported by /api as serverAddressByClientCIDRs. */
  serverAddress: string;
  tokenSecret: Buffer;
  continueTokenTtlMs: number;
  now: () => Date;
  state: ServedState;
  /** Continue tokens issued at or before this time (ms) are expired; -Infinity when never compacted. */
  compactedAt: number;
  faultOccurrences: Map<string, number>;
}
