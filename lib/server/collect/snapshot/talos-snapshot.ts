import type {
  TalosAdmissionControl,
  TalosApiServerConfig,
  TalosAuditPolicy,
  TalosEtcdEncryption,
  TalosEtcdMember,
  TalosEtcdStatus,
  TalosKubeletConfig,
  TalosKubeletSpec,
  TalosMachineConfig,
  TalosStaticPod,
} from "@/lib/server/collect/talos/snapshot-types/talos-control-plane-types";
import type { Collected } from "./collection-error";

export type * from "@/lib/server/collect/talos/snapshot-types/talos-control-plane-types";

// What the Talos collector read from one cluster's Talos API, reduced and typed: never raw COSI
// resources, never `proto_spec` bytes, never MachineConfig or encryption secrets (redacted to
// "[redacted]" where a value was set, so evaluators can still tell that it was).
//
// How to read a part (`Collected<T>`), as in the Kubernetes snapshot:
// - `data: null`: nothing is known, `errors` say why → UNKNOWN. A part the credential may not read
//   has one error of kind `forbidden` with the message "not readable with this credential (needs
//   os:admin)": expected for an os:reader credential, it is data, not a failed run.
// - `data` and `errors`: incomplete. `data` and no errors: complete.

/** A part that exists only on some nodes (control planes) or Talos versions. */
export type ScopedCollected<T> = Collected<T> & {
  /**
   * false: does not apply to this node (a worker, or a Talos version without it): `data` is null,
   * no errors, NOT_APPLICABLE. true: applies. null: unknown (the node's type could not be read).
   */
  isApplicable: boolean | null;
};

export interface TalosSnapshot {
  /** The talosconfig endpoints (`host:port`); they are tried in this order until one answers. */
  endpoints: string[];
  /**
   * The endpoint that answered and its own Talos version. `data: null` means no endpoint could be
   * used (unreachable, refused, TLS, credential rejected, timeout): the whole Talos part is UNKNOWN
   * and every node part carries the same reason.
   */
  endpoint: Collected<{ endpoint: string; talosVersion: string }>;
  credential: TalosCredentialInfo;
  /** Every node discovered, in order: talosconfig `nodes` first, then Kubernetes nodes not already listed. */
  nodes: TalosNodeSnapshot[];
}

export interface TalosCredentialInfo {
  /** Subject Organization values of the client certificate (Talos reads roles from them). */
  roles: string[];
  /** os:admin: sensitive resources (MachineConfig, audit policy, and on ≥ 1.14 more) are readable. */
  canReadSensitive: boolean;
  /** Client certificate validity end (ISO), for "credential expires soon" warnings. */
  notAfter: string | null;
}

export type TalosNodeSource = "talosconfig" | "kubernetes" | "endpoint";

export interface TalosNodeSnapshot {
  /** The `node` routing value every call used: the address (or name) as the endpoint reaches it. */
  node: string;
  /** Kubernetes node name, when the node came from (or matched) the Kubernetes node list. */
  kubernetesName: string | null;
  sources: TalosNodeSource[];
  /** Role from Kubernetes labels, when given; `machineType` is what Talos itself says. */
  kubernetesRole: "controlplane" | "worker" | null;
  version: Collected<TalosNodeVersion>;
  machineType: Collected<TalosMachineType>;
  securityState: Collected<TalosSecurityState>;
  /** Every KernelParamStatus (sysctls and sysfs), sorted by key. */
  kernelParams: Collected<TalosKernelParam[]>;
  kernelCmdline: Collected<TalosKernelCmdline>;
  services: Collected<TalosService[]>;
  /** kube-apiserver, kube-controller-manager, kube-scheduler (control planes). Readable by os:reader. */
  staticPods: ScopedCollected<TalosStaticPod[]>;
  admissionControl: ScopedCollected<TalosAdmissionControl>;
  /** APIServerConfig `kube-apiserver`; needs os:admin on Talos ≥ 1.14. */
  apiServerConfig: ScopedCollected<TalosApiServerConfig>;
  /** AuditPolicyConfig; always needs os:admin. */
  auditPolicy: ScopedCollected<TalosAuditPolicy>;
  /** EtcdEncryptionConfig (Talos ≥ 1.14 only, os:admin), keys redacted. */
  etcdEncryption: ScopedCollected<TalosEtcdEncryption>;
  etcdMembers: ScopedCollected<TalosEtcdMember[]>;
  etcdStatus: ScopedCollected<TalosEtcdStatus>;
  /** KubeletConfig; needs os:admin on Talos ≥ 1.14. */
  kubeletConfig: Collected<TalosKubeletConfig>;
  /** KubeletSpec (final flags and KubeletConfiguration); needs os:admin on Talos ≥ 1.14. */
  kubeletSpec: Collected<TalosKubeletSpec>;
  /** The active MachineConfig (`v1alpha1`), redacted; always needs os:admin. */
  machineConfig: Collected<TalosMachineConfig>;
}

export interface TalosNodeVersion {
  /** `v1.12.4` */
  tag: string;
  /** Minor version (12 for v1.12.4), null when the tag is not `vMAJOR.MINOR…`. */
  minor: number | null;
  sha: string;
  goVersion: string;
  os: string;
  arch: string;
  /** e.g. `{ name: "metal", mode: "metal" }`; null when Talos does not know its platform. */
  platform: { name: string; mode: string } | null;
}

export type TalosMachineType = "init" | "controlplane" | "worker" | "unknown";

export interface TalosSecurityState {
  secureBoot: boolean;
  bootedWithUKI: boolean;
  selinux: "disabled" | "permissive" | "enforcing" | "unknown";
  fips: "disabled" | "enabled" | "strict" | "unknown";
  /** `module.sig_enforce=1` in effect; null before Talos v1.12 (the field did not exist). */
  moduleSignatureEnforced: boolean | null;
  /** SHA-256 of the UKI's PCR signing public key, `AA:BB:…`; null when absent. */
  pcrSigningKeyFingerprint: string | null;
  ukiSigningKeyFingerprint: string | null;
}

export interface TalosKernelParam {
  /** KernelParamStatus ID, e.g. `proc.sys.kernel.kptr_restrict`. */
  key: string;
  /** The value Talos wrote (a user override shows here). */
  current: string;
  /** The kernel's value before Talos wrote it; "" when unreadable. */
  default: string;
  unsupported: boolean;
}

export interface TalosKernelCmdline {
  /** /proc/cmdline with credentials in URL values redacted. */
  cmdline: string;
  /** In order; `value` null for a bare word (`slab_nomerge`), "" for `key=`. */
  tokens: { key: string; value: string | null }[];
}

export interface TalosService {
  id: string;
  /** `Running`, `Finished`, `Failed`, … */
  state: string;
  isRunning: boolean;
  /** null when the service has no health check (health unknown). */
  isHealthy: boolean | null;
}
