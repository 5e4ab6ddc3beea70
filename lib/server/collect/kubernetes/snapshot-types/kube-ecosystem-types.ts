// What the collector reads from the ecosystem tools a platform team runs beside Kubernetes (backup,
// CNI policies, secrets, GitOps, image scanning); re-exported by collect/snapshot/kubernetes-snapshot.ts.
// Each part is read only when the tool's CRD is served; an absent tool is `isServed: false`.
import type { ServedCollected } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { KastenPolicy, KubewardenPolicy, RatifyResource, SecretProviderClassSummary } from "./kube-tool-types";

export type * from "./kube-tool-types";

/** A Velero Backup reduced to its outcome; `failureReason` is Velero's own one-line status text. */
export interface VeleroBackupSummary {
  namespace: string;
  name: string;
  /** `velero.io/schedule-name` label; null for a backup taken by hand. */
  scheduleName: string | null;
  /** New, InProgress, Completed, PartiallyFailed, Failed, FailedValidation, … as Velero reports it. */
  phase: string | null;
  startTimestamp: string | null;
  completionTimestamp: string | null;
  storageLocation: string | null;
  errors: number | null;
  failureReason: string | null;
}

/** A Velero Schedule with the newest Backup it created and the newest one that completed. */
export interface VeleroSchedule {
  namespace: string;
  name: string;
  /** Cron expression or `@every <duration>`, as written. */
  schedule: string | null;
  paused: boolean;
  storageLocation: string | null;
  /** Enabled, FailedValidation, … */
  phase: string | null;
  /** status.lastBackup: when the schedule last created a Backup. */
  lastBackupTime: string | null;
  latestBackup: VeleroBackupSummary | null;
  latestSuccessfulBackup: VeleroBackupSummary | null;
  /** How many Backups of this schedule are kept (all phases). */
  backupCount: number;
}

/** A CNI-specific policy (Cilium, Calico), reduced to whether it puts whole namespaces in default deny. */
export interface ToolNetworkPolicy {
  kind: "CiliumNetworkPolicy" | "CiliumClusterwideNetworkPolicy" | "CalicoNetworkPolicy" | "CalicoGlobalNetworkPolicy";
  /** null for cluster-wide kinds. */
  namespace: string | null;
  name: string;
  /** The selector selects every endpoint (Cilium `endpointSelector: {}`, Calico `all()` or empty). */
  selectsAll: boolean;
  /** Directions the policy denies by default, with no allow rule (`ingress: [{}]` in Cilium allows nothing). */
  defaultDenyDirections: ("Ingress" | "Egress")[];
}

/** An External Secrets Operator ExternalSecret: which store it reads and whether it synced (never the values). */
export interface ExternalSecretSummary {
  namespace: string;
  name: string;
  storeKind: string | null;
  storeName: string | null;
  /** The Ready condition; null when absent or Unknown. */
  isReady: boolean | null;
  /** The Ready condition's reason when not ready, e.g. SecretSyncedError. */
  reason: string | null;
}

/** An External Secrets Operator SecretStore (namespace set) or ClusterSecretStore. */
export interface SecretStoreSummary {
  kind: "SecretStore" | "ClusterSecretStore";
  namespace: string | null;
  name: string;
  /** The provider's key in spec.provider, e.g. "vault", "aws". */
  provider: string | null;
  isReady: boolean | null;
}

/** A Bitnami SealedSecret, from a metadata-only list (its encrypted data is never read). */
export interface SealedSecretSummary {
  namespace: string;
  name: string;
}

/** An Argo CD Application or a Flux Kustomization / HelmRelease: whether it is in sync and corrects drift. */
export interface GitOpsApplication {
  kind: "Application" | "Kustomization" | "HelmRelease";
  namespace: string;
  name: string;
  /** Argo CD status.sync.status (Synced, OutOfSync, Unknown); null for Flux. */
  syncStatus: string | null;
  /** Argo CD status.health.status (Healthy, Degraded, Progressing, Missing, …); null for Flux. */
  healthStatus: string | null;
  /** Flux: the Ready condition; Argo CD: Synced and Healthy. Null when unknown. */
  isReady: boolean | null;
  /** Changes are applied without a person: Argo CD syncPolicy.automated, Flux not suspended. */
  isAutomated: boolean;
  /** Drift in the cluster is reverted: Argo CD automated.selfHeal; Flux Kustomizations always; HelmRelease driftDetection.mode enabled. */
  selfHeal: boolean | null;
  /** Objects removed from Git are removed from the cluster: Argo CD automated.prune, Flux Kustomization spec.prune. */
  prune: boolean | null;
}

/** A Trivy Operator VulnerabilityReport reduced to its counts (the vulnerability list is not kept). */
export interface VulnerabilityReportSummary {
  namespace: string;
  name: string;
  /** From the trivy-operator.resource.kind / .name and trivy-operator.container.name labels. */
  workloadKind: string | null;
  workloadName: string | null;
  container: string | null;
  /** report.artifact repository:tag (or @digest). */
  image: string | null;
  critical: number;
  high: number;
  /** report.updateTimestamp: when the image was last scanned. */
  updateTimestamp: string | null;
}

export interface KubeEcosystem {
  /** velero.io Schedules, each with its newest and newest successful Backup. */
  veleroSchedules: ServedCollected<VeleroSchedule[]>;
  /** cilium.io CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy. */
  ciliumPolicies: ServedCollected<ToolNetworkPolicy[]>;
  /** crd.projectcalico.org NetworkPolicy and GlobalNetworkPolicy. */
  calicoPolicies: ServedCollected<ToolNetworkPolicy[]>;
  /** external-secrets.io ExternalSecrets. */
  externalSecrets: ServedCollected<ExternalSecretSummary[]>;
  /** external-secrets.io SecretStores and ClusterSecretStores. */
  secretStores: ServedCollected<SecretStoreSummary[]>;
  /** bitnami.com SealedSecrets (metadata only). */
  sealedSecrets: ServedCollected<SealedSecretSummary[]>;
  /** argoproj.io Applications, kustomize.toolkit.fluxcd.io Kustomizations, helm.toolkit.fluxcd.io HelmReleases. */
  gitOpsApplications: ServedCollected<GitOpsApplication[]>;
  /** aquasecurity.github.io VulnerabilityReports (Trivy Operator). */
  vulnerabilityReports: ServedCollected<VulnerabilityReportSummary[]>;
  /** config.kio.kasten.io Policies, each with its newest and newest successful run (actions.kio.kasten.io). */
  kastenPolicies: ServedCollected<KastenPolicy[]>;
  /** policies.kubewarden.io ClusterAdmissionPolicies and AdmissionPolicies. */
  kubewardenPolicies: ServedCollected<KubewardenPolicy[]>;
  /** config.ratify.deislabs.io Verifiers and Stores. */
  ratifyResources: ServedCollected<RatifyResource[]>;
  /** secrets-store.csi.x-k8s.io SecretProviderClasses (Vault CSI provider and others). */
  secretProviderClasses: ServedCollected<SecretProviderClassSummary[]>;
}
