// Shared types of the fleet simulator: a scenario expands into these, and the Kubernetes API
// server (lib/sim/kube) and Talos API server (lib/sim/talos) serve them.

export type Environment = "edge" | "on-prem" | "cloud";

export type PlatformProfile =
  "talos-hardened" | "talos-default" | "talos-drifted" | "kubeadm-default" | "kubeadm-hardened" | "managed";

export const TALOS_PROFILES: readonly PlatformProfile[] = ["talos-hardened", "talos-default", "talos-drifted"];

export function isTalosProfile(profile: PlatformProfile): boolean {
  return TALOS_PROFILES.includes(profile);
}

/** A Kubernetes object as the API server returns it (JSON). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: KubeObjectMeta;
  [field: string]: unknown;
}

export interface KubeObjectMeta {
  name: string;
  namespace?: string;
  uid: string;
  creationTimestamp: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
  [field: string]: unknown;
}

/** Faults of a cluster's Kubernetes API endpoint. */
export interface KubeFaults {
  /** Added to every response, in milliseconds. */
  latencyMs?: number;
  /** Accept TCP connections and never answer. */
  tarpit?: boolean;
  /** Nothing listens: connections are refused. */
  refuse?: boolean;
  /** Fraction (0..1) of requests answered 500, chosen deterministically from the seed. */
  errorRate?: number;
  /** The client certificate written to the kubeconfig is already expired. */
  expiredClientCert?: boolean;
  /** The server presents an expired certificate. */
  expiredServerCert?: boolean;
  /** The kubeconfig carries a CA that did not sign the server certificate. */
  wrongCa?: boolean;
  /** Plural resource names (e.g. "secrets", "clusterrolebindings") the credential may not read: 403. */
  forbidden?: string[];
  /** Answer 429 with Retry-After for this fraction (0..1) of requests. */
  throttleRate?: number;
}

/** Faults of a cluster's Talos API endpoint. */
export interface TalosFaults {
  latencyMs?: number;
  tarpit?: boolean;
  refuse?: boolean;
  expiredClientCert?: boolean;
  expiredServerCert?: boolean;
  wrongCa?: boolean;
  /** Node names (hostnames) the endpoint cannot reach: calls routed to them fail with Unavailable. */
  unreachableNodes?: string[];
}

export interface SimNode {
  name: string;
  ip: string;
  role: "controlplane" | "worker";
}

export interface SimCluster {
  name: string;
  environment: Environment;
  site: string;
  profile: PlatformProfile;
  kubernetesVersion: string;
  /** Set for Talos profiles only. */
  talosVersion?: string;
  seed: number;
  nodes: SimNode[];
  /** Every object the Kubernetes API serves, including control-plane mirror pods. */
  objects: KubeObject[];
  /**
   * Kubelet configuration (KubeletConfiguration fields) by node name, served by the Kubernetes
   * API at /api/v1/nodes/{name}/proxy/configz as `{"kubeletconfig": …}`. Nodes without an entry
   * answer as an unreachable kubelet (503). Absent for profiles whose kubelets are not reachable.
   */
  kubeletConfigs?: Record<string, Record<string, unknown>>;
  faults: { kube: KubeFaults; talos: TalosFaults };
}
