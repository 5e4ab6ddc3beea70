import type {
  GatekeeperConstraint,
  KubeAdmissionWebhook,
  KubeValidatingAdmissionPolicy,
  KubeValidatingAdmissionPolicyBinding,
  KyvernoPolicy,
  SigstoreClusterImagePolicy,
} from "@/lib/server/collect/kubernetes/snapshot-types/kube-admission-types";
import type {
  ControlPlanePod,
  EtcdBackupJob,
  KubePod,
  KubeWorkload,
} from "@/lib/server/collect/kubernetes/snapshot-types/kube-workload-types";
import type { KubeEcosystem } from "@/lib/server/collect/kubernetes/snapshot-types/kube-ecosystem-types";
import type { Collected } from "./collection-error";

export type * from "@/lib/server/collect/kubernetes/snapshot-types/kube-admission-types";
export type * from "@/lib/server/collect/kubernetes/snapshot-types/kube-ecosystem-types";
export type * from "@/lib/server/collect/kubernetes/snapshot-types/kube-workload-types";

// What the Kubernetes collector read from one cluster, already reduced to what evaluators need:
// never raw API objects, never Secret or ConfigMap data, never annotation values of either.
//
// How to read a part (`Collected<T>`):
// - `data: null`: nothing is known, `errors` say why → UNKNOWN.
// - `data` and `errors`: incomplete (a list cut off after some pages, items that failed validation
//   dropped, one of several lists missing). Evaluators may FAIL on what is there, but must neither
//   PASS nor conclude anything from an absence.
// - `data` and no errors: complete.

/** A part that exists only when its API is served (a CRD is installed, a newer Kubernetes). */
export type ServedCollected<T> = Collected<T> & {
  /** false: the API is not served, the tool is absent (data is empty, not an error); null: unknown (discovery failed). */
  isServed: boolean | null;
};

/**
 * The ecosystem parts (KubeEcosystem: Velero, Cilium, Calico) are optional: snapshots stored before
 * they were collected lack them, and evaluators treat that as "not read", never as "absent tool".
 */
export interface KubernetesSnapshot extends Partial<KubeEcosystem> {
  version: Collected<KubeVersionInfo>;
  nodes: Collected<KubeNode[]>;
  namespaces: Collected<KubeNamespace[]>;
  networkPolicies: Collected<KubeNetworkPolicy[]>;
  roles: Collected<KubeRole[]>;
  clusterRoles: Collected<KubeRole[]>;
  roleBindings: Collected<KubeRoleBinding[]>;
  clusterRoleBindings: Collected<KubeRoleBinding[]>;
  serviceAccounts: Collected<KubeServiceAccount[]>;
  pods: Collected<KubePod[]>;
  /** Deployments, DaemonSets, StatefulSets, Jobs and CronJobs; errors of each list are kept. */
  workloads: Collected<KubeWorkload[]>;
  configMaps: Collected<KubeConfigMapSummary[]>;
  secrets: KubeSecretsPart;
  validatingWebhooks: Collected<KubeAdmissionWebhook[]>;
  mutatingWebhooks: Collected<KubeAdmissionWebhook[]>;
  /** Served from Kubernetes 1.30 (admissionregistration.k8s.io/v1). */
  validatingAdmissionPolicies: ServedCollected<KubeValidatingAdmissionPolicy[]>;
  validatingAdmissionPolicyBindings: ServedCollected<KubeValidatingAdmissionPolicyBinding[]>;
  /** Kyverno ClusterPolicy and Policy (kyverno.io). */
  kyvernoPolicies: ServedCollected<KyvernoPolicy[]>;
  /** Sigstore policy-controller ClusterImagePolicy (policy.sigstore.dev). */
  clusterImagePolicies: ServedCollected<SigstoreClusterImagePolicy[]>;
  /** Every constraint kind served in constraints.gatekeeper.sh. */
  gatekeeperConstraints: ServedCollected<GatekeeperConstraint[]>;
  crds: Collected<KubeCustomResourceDefinition[]>;
  /** CronJobs and Jobs whose image or command line looks like an etcd backup. */
  etcdBackupJobs: Collected<EtcdBackupJob[]>;
  /** kube-system pods of kube-apiserver, kube-controller-manager, kube-scheduler and etcd. */
  controlPlanePods: Collected<ControlPlanePod[]>;
  /** One entry per node from `/api/v1/nodes/{name}/proxy/configz`; a 403 is `forbidden` on that node. */
  kubeletConfigs: Collected<KubeletConfigOfNode[]>;
}

export interface KubeVersionInfo {
  gitVersion: string;
  major: string;
  /** As reported; managed distributions append "+". */
  minor: string;
  /** `minor` as a number, null when it is not one. */
  minorNumber: number | null;
  platform: string | null;
}

export interface KubeNode {
  name: string;
  labels: Record<string, string>;
  /** From `node-role.kubernetes.io/<role>` label keys and the legacy `kubernetes.io/role` label. */
  roles: string[];
  creationTimestamp: string | null;
  kubeletVersion: string | null;
  osImage: string | null;
  kernelVersion: string | null;
  containerRuntimeVersion: string | null;
  architecture: string | null;
  addresses: { type: string; address: string }[];
  /** The OS image is Talos' `PRETTY_NAME`, e.g. `Talos (v1.11.1)`. */
  isTalos: boolean;
  /** e.g. "v1.11.1"; null when not Talos or the image names no version. */
  talosVersion: string | null;
  /** The Ready condition; null when absent or Unknown. */
  isReady: boolean | null;
  isUnschedulable: boolean;
}

/** Pod Security Admission labels of a namespace (`pod-security.kubernetes.io/*`); null when unset. */
export interface PodSecurityLabels {
  enforce: string | null;
  enforceVersion: string | null;
  audit: string | null;
  auditVersion: string | null;
  warn: string | null;
  warnVersion: string | null;
}

export interface KubeNamespace {
  name: string;
  labels: Record<string, string>;
  podSecurity: PodSecurityLabels;
  phase: string | null;
  creationTimestamp: string | null;
}

export interface KubeNetworkPolicy {
  namespace: string;
  name: string;
  /** `podSelector: {}` selects every pod of the namespace. */
  isPodSelectorEmpty: boolean;
  /** As the API server stores them (it defaults them on write). */
  policyTypes: string[];
  ingressRuleCount: number;
  egressRuleCount: number;
  /** Empty pod selector, Ingress in policyTypes, no ingress rule: all ingress denied. */
  isDefaultDenyIngress: boolean;
  isDefaultDenyEgress: boolean;
}

export interface KubePolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

/** A Role (namespace set) or ClusterRole (namespace null). */
export interface KubeRole {
  name: string;
  namespace: string | null;
  labels: Record<string, string>;
  rules: KubePolicyRule[];
  hasAggregationRule: boolean;
}

export interface KubeSubject {
  kind: string;
  name: string;
  namespace: string | null;
}

/** A RoleBinding (namespace set) or ClusterRoleBinding (namespace null). */
export interface KubeRoleBinding {
  name: string;
  namespace: string | null;
  labels: Record<string, string>;
  roleRef: { kind: string; name: string };
  subjects: KubeSubject[];
}

export interface KubeServiceAccount {
  namespace: string;
  name: string;
  automountServiceAccountToken: boolean | null;
}

/** Keys of labels and annotations only, never their values, never data. */
export interface KubeConfigMapSummary {
  namespace: string;
  name: string;
  labelKeys: string[];
  annotationKeys: string[];
  creationTimestamp: string | null;
  /**
   * ConfigMaps: read from the object (unset is false). Secrets: always null (unknown), because the
   * API returns a Secret's `immutable` only together with its data, which Lotse never reads.
   */
  immutable: boolean | null;
}

export interface KubeSecretSummary extends KubeConfigMapSummary {
  /** From the Type column of the server's Secret table; null when the list was answered metadata-only. */
  type: string | null;
}

/** The Secret list, and what the server answered it as, which decides whether `type` is known. */
export interface KubeSecretsPart extends Collected<KubeSecretSummary[]> {
  /**
   * "table": a Table of metadata rows, `type` known; "metadata": the server had no Table for it and
   * answered a PartialObjectMetadataList, `type` unknown. Absent when nothing was read, and in
   * snapshots collected before the table was asked for.
   */
  listedAs?: "table" | "metadata";
}

export interface KubeCustomResourceDefinition {
  name: string;
  group: string;
  plural: string;
  /** From discovery; empty when the CRD exists but serves nothing (yet). */
  servedVersions: string[];
}

/** The kubelet's running configuration, reduced to the security-relevant fields; null = unset. */
export interface KubeletConfigSummary {
  anonymousAuthEnabled: boolean | null;
  webhookAuthEnabled: boolean | null;
  clientCAFile: string | null;
  authorizationMode: string | null;
  readOnlyPort: number | null;
  protectKernelDefaults: boolean | null;
  rotateCertificates: boolean | null;
  serverTLSBootstrap: boolean | null;
  tlsCertFile: string | null;
  tlsMinVersion: string | null;
  tlsCipherSuites: string[] | null;
  eventRecordQPS: number | null;
  makeIPTablesUtilChains: boolean | null;
  streamingConnectionIdleTimeout: string | null;
  seccompDefault: boolean | null;
  podPidsLimit: number | null;
  featureGates: Record<string, boolean>;
  /** The whole `kubeletconfig` object when its JSON is at most 64 KiB, else null. */
  raw: Record<string, unknown> | null;
}

export interface KubeletConfigOfNode extends Collected<KubeletConfigSummary> {
  nodeName: string;
}
