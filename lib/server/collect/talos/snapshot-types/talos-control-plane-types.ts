// Control-plane, kubelet, etcd and machine-config parts of the Talos snapshot (re-exported by
// lib/server/collect/snapshot/talos-snapshot.ts, which evaluators import).
import type { KubeletConfigSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** Flags without leading dashes; a repeated flag keeps every value in order; a bare flag is "true". */
export type TalosCommandFlags = Record<string, string | string[]>;

export interface TalosStaticPod {
  /** The StaticPod resource ID: `kube-apiserver`, `kube-controller-manager` or `kube-scheduler`. */
  component: string;
  image: string | null;
  /** First word of the command, e.g. `/usr/local/bin/kube-apiserver`. */
  binary: string | null;
  /** The complete flag list of the component (command followed by args), parsed. */
  flags: TalosCommandFlags;
}

/** A PodSecurity `defaults` level and version; null = unset (the plugin's own default applies). */
export interface TalosPodSecurityDefaults {
  enforce: string | null;
  enforceVersion: string | null;
  audit: string | null;
  auditVersion: string | null;
  warn: string | null;
  warnVersion: string | null;
}

export interface TalosAdmissionControl {
  /** The `PodSecurity` plugin's configuration; null when the plugin is not configured. */
  podSecurity: {
    apiVersion: string | null;
    defaults: TalosPodSecurityDefaults;
    exemptions: { namespaces: string[]; usernames: string[]; runtimeClasses: string[] };
  } | null;
  /** Every configured plugin, PodSecurity included; `configuration` null when larger than 64 KiB. */
  plugins: { name: string; configuration: Record<string, unknown> | null }[];
}

export interface TalosApiServerConfig {
  image: string;
  controlPlaneEndpoint: string;
  etcdServers: string[];
  localPort: number | null;
  serviceCIDRs: string[];
  /** `cluster.apiServer.extraArgs` as Talos merged them; v1.12's single values become one-element lists. */
  extraArgs: Record<string, string[]>;
  extraVolumes: { name: string; hostPath: string; mountPath: string; isReadOnly: boolean }[];
  /** Names only: values may hold credentials (proxy URLs, tokens). */
  environmentVariableNames: string[];
  advertisedAddress: string | null;
  /** Talos ≥ 1.14; null when the field does not exist. */
  useAuthenticationConfig: boolean | null;
}

export interface TalosAuditPolicy {
  apiVersion: string | null;
  kind: string | null;
  /** The `level` of each rule, in order. */
  ruleLevels: string[];
  omitStages: string[];
  /** The whole Policy object; null when larger than 64 KiB. */
  policy: Record<string, unknown> | null;
}

/** The Kubernetes EncryptionConfiguration of etcd, with every key `secret` redacted. */
export interface TalosEtcdEncryption {
  /** Per resource group, the provider kinds in order (the first one encrypts new writes). */
  resources: { resources: string[]; providers: string[] }[];
  configuration: Record<string, unknown> | null;
}

export interface TalosEtcdMember {
  /** Member ID in hex, as Talos prints it. */
  id: string;
  hostname: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface TalosEtcdStatus {
  /** This node's member ID (hex). */
  memberId: string;
  /** The leader's member ID (hex). */
  leaderId: string;
  isLeader: boolean;
  isLearner: boolean;
  protocolVersion: string;
  storageVersion: string;
  dbSizeBytes: number;
  dbSizeInUseBytes: number;
  raftTerm: string;
  raftIndex: string;
  errors: string[];
}

export interface TalosKubeletConfig {
  image: string;
  clusterDNS: string[];
  clusterDomain: string;
  extraArgs: Record<string, string[]>;
  /** `machine.kubelet.extraConfig`: KubeletConfiguration fields the user set. */
  extraConfig: Record<string, unknown>;
  extraMounts: { source: string; destination: string; type: string; options: string[] }[];
  defaultRuntimeSeccompEnabled: boolean;
  skipNodeRegistration: boolean;
  disableManifestsDirectory: boolean;
  cloudProviderExternal: boolean;
  /** A credential provider config is set (its content is not kept: its env may hold secrets). */
  hasCredentialProviderConfig: boolean;
}

export interface TalosKubeletSpec {
  image: string;
  /** The final kubelet flags, parsed. */
  flags: TalosCommandFlags;
  expectedNodename: string | null;
  /** The final KubeletConfiguration machined writes, reduced like the Kubernetes `configz` one. */
  config: KubeletConfigSummary | null;
}

/** One document of the machine config, secrets redacted. */
export interface TalosMachineConfigDocument {
  /** `kind` of the document; `v1alpha1` for the legacy main document. */
  kind: string;
  /** `name` of a named document (e.g. a KubeAuthorizerConfig), else null. */
  name: string | null;
  content: Record<string, unknown>;
}

export interface TalosMachineConfig {
  /** The MachineConfig resource version (changes with every applied config). */
  resourceVersion: string;
  documents: TalosMachineConfigDocument[];
  /** Where a set secret was replaced with "[redacted]", e.g. `v1alpha1:cluster.secretboxEncryptionSecret`. */
  redactedPaths: string[];
}
