// The state of one simulated Talos node: what machined would hold in its COSI resources. Spec
// objects use the YAML keys Talos uses (reference/talos-api.md §3) so they render unchanged.

export type TalosVariant = "hardened" | "default" | "drifted";
export type TalosNodeRole = "controlplane" | "worker";

/** Explicit deviations from the variant's baseline, so a scenario author controls the drift. */
export interface TalosDrift {
  /**
   * `machine.sysctls` overrides as written in the machine config, e.g. `{ "kernel.kptr_restrict": "1" }`.
   * They become KernelParamStatus `proc.sys.<key>` with the override as `current`.
   */
  sysctls?: Record<string, string>;
  secureBoot?: boolean;
  bootedWithUKI?: boolean;
  selinux?: "disabled" | "permissive" | "enforcing";
  /** False removes `module.sig_enforce=1` from the kernel command line. */
  moduleSignatureEnforced?: boolean;
  /** Appended to the kernel command line. */
  extraKernelArgs?: string[];
  /** `cluster.apiServer.extraArgs` (merged by Talos' rules: some keys are additive, some denied). */
  apiServerExtraArgs?: Record<string, string>;
  controllerManagerExtraArgs?: Record<string, string>;
  schedulerExtraArgs?: Record<string, string>;
  /** Pod Security Admission default `enforce` level (Talos default: baseline). */
  podSecurityEnforce?: "privileged" | "baseline" | "restricted";
}

export interface BuildTalosNodeStateOptions {
  talosVersion: string;
  kubernetesVersion: string;
  hostname: string;
  ip: string;
  role: TalosNodeRole;
  variant: TalosVariant;
  drift?: TalosDrift;
  /** Nodes of one cluster share the cluster secrets derived from it. Default: "talos-sim". */
  clusterName?: string;
  /** Seeds IDs and simulated secrets. Default 1. */
  seed?: number;
  /** Default: `https://<clusterName>.sim.lotse.internal:6443`. */
  controlPlaneEndpoint?: string;
  /** When the node booted; resource timestamps follow it. Default: 2026-01-05T08:00:00Z. */
  bootTime?: Date;
  /**
   * A KMS plugin that encrypts Secrets first (before secretbox). Talos configures encryption
   * providers only through the v1.14 KubeEtcdEncryptionConfig document; older versions ignore it.
   */
  kmsProvider?: TalosKmsProvider;
}

/** A kube-apiserver KMS provider as an EncryptionConfiguration names it. */
export interface TalosKmsProvider {
  name: string;
  apiVersion: "v1" | "v2";
}

export interface TalosSecurityStateSpec {
  secureBoot: boolean;
  ukiSigningKeyFingerprint?: string;
  pcrSigningKeyFingerprint?: string;
  selinuxState?: "enabled, permissive" | "enabled, enforcing";
  bootedWithUKI?: boolean;
  fipsState?: "enabled" | "enabled, strict";
  moduleSignatureEnforced?: boolean;
}

export interface TalosKernelParamStatus {
  /** `proc.sys.kernel.kptr_restrict` etc. */
  id: string;
  current: string;
  default: string;
  unsupported: boolean;
}

export interface TalosServiceState {
  id: string;
  state: "Running" | "Finished" | "Failed" | "Waiting" | "Skipped";
  healthy: boolean;
  /** Health is not checked for this service (ServiceHealth.unknown). */
  healthUnknown: boolean;
  lastMessage: string;
  events: { msg: string; state: string; ts: string }[];
}

/** A COSI resource beyond the typed ones above: `spec` is the object Talos marshals to YAML. */
export interface TalosSpecResource {
  namespace: string;
  type: string;
  id: string;
  owner: string;
  version: number;
  spec: unknown;
  /** Protobuf form of the spec, as an object for the message in talos-resource-catalog. */
  protoSpec?: Record<string, unknown>;
}

export interface TalosNodeState {
  hostname: string;
  ip: string;
  role: TalosNodeRole;
  variant: TalosVariant;
  clusterName: string;
  /** `v1.12.3` */
  talosVersion: string;
  /** `1.35.0` */
  kubernetesVersion: string;
  bootTime: string;
  version: { tag: string; sha: string; built: string; goVersion: string; os: string; arch: string };
  platform: { name: string; mode: string };
  securityState: TalosSecurityStateSpec;
  kernelParams: TalosKernelParamStatus[];
  kernelCmdline: string;
  services: TalosServiceState[];
  /** The machine config exactly as submitted: multi-document YAML with real-looking secrets. */
  machineConfig: string;
  /** etcd member ID (hex) on control-plane nodes. */
  etcdMemberId?: string;
  /** Kubernetes control-plane and kubelet resources (StaticPods, APIServerConfig, KubeletSpec, …). */
  kubernetesResources: TalosSpecResource[];
}
