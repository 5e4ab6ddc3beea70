// Backup, admission and secret-delivery tools beside Velero, Kyverno and External Secrets: Kasten
// K10, Kubewarden, Ratify and the Secrets Store CSI driver (re-exported by kube-ecosystem-types.ts).
// Like the other ecosystem parts, each is read only when its CRD is served.

/** A Kasten K10 action of a policy run: the RunAction (the whole run) or the BackupAction (its backup step). */
export interface KastenActionSummary {
  kind: "RunAction" | "BackupAction";
  namespace: string;
  name: string;
  /** `k10.kasten.io/policyName` and `…/policyNamespace` labels; null for an on-demand action. */
  policyName: string | null;
  policyNamespace: string | null;
  /** Pending, Running, Complete, Failed, Skipped, Cancelled, … as K10 reports it. */
  state: string | null;
  startTime: string | null;
  endTime: string | null;
  /** status.error.message, cut to 300 characters (K10's own text of why the run failed). */
  error: string | null;
}

/** A Kasten K10 Policy (config.kio.kasten.io) with the newest run and the newest successful one. */
export interface KastenPolicy {
  namespace: string;
  name: string;
  /** `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@onDemand` or a cron expression, as written. */
  frequency: string | null;
  paused: boolean;
  /** spec.actions[].action: backup, export, import, report, … */
  actions: string[];
  /** status.validation: Success or Failed (a policy that failed validation never runs). */
  validation: string | null;
  latestRun: KastenActionSummary | null;
  /** The newest action whose state is Complete. */
  latestSuccessfulRun: KastenActionSummary | null;
  /** How many runs of this policy are kept (all states; RunActions, else BackupActions). */
  runCount: number;
}

/** A Kubewarden ClusterAdmissionPolicy or AdmissionPolicy (policies.kubewarden.io); its settings are not kept. */
export interface KubewardenPolicy {
  kind: "ClusterAdmissionPolicy" | "AdmissionPolicy";
  /** null for ClusterAdmissionPolicy. */
  namespace: string | null;
  name: string;
  /** The Wasm module, e.g. `registry://ghcr.io/kubewarden/policies/verify-image-signatures:v0.3.0`. */
  module: string | null;
  /** `protect` rejects, `monitor` only logs; Kubewarden defaults to protect. */
  mode: string;
  /** status.policyStatus: active, pending, scheduled, unscheduled, unschedulable. */
  policyStatus: string | null;
}

/** A Ratify Verifier or Store (config.ratify.deislabs.io); its parameters are not kept, except the vulnerability gate's. */
export interface RatifyResource {
  kind: "Verifier" | "Store";
  name: string;
  /** spec.type, else spec.name (Ratify < 1.2 named the plugin there): notation, cosign, vulnerabilityreport, oras, … */
  type: string | null;
  /** spec.artifactTypes, split at commas. */
  artifactTypes: string[];
  /** The vulnerabilityreport verifier's `parameters.disallowedSeverities`: a report with any of them fails verification. */
  disallowedSeverities: string[];
  /** The vulnerabilityreport verifier's `parameters.passthrough`: reports are passed on, not judged. */
  isPassthrough: boolean;
  /** status.issuccess; null when not reported. */
  isSuccess: boolean | null;
  /** status.brieferror, cut to 300 characters. */
  error: string | null;
}

/** A Secrets Store CSI driver SecretProviderClass (secrets-store.csi.x-k8s.io); its parameters are not kept. */
export interface SecretProviderClassSummary {
  namespace: string;
  name: string;
  /** spec.provider: vault, azure, aws, gcp, … */
  provider: string | null;
  /** spec.secretObjects is set: the mounted secrets are also synced into Kubernetes Secrets (stored in etcd). */
  syncsToSecrets: boolean;
}
