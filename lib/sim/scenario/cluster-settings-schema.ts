import { z } from "zod";
import { faultsSchema } from "./fault-schemas";
import { isValidSchedule } from "./objects/list-job-runs";
import { kubernetesVersionSchema, talosVersionSchema } from "./version-schemas";

// Everything a scenario can say about one cluster. Every field is optional here: defaults,
// groups, per-cluster overrides and timeline changes all use this one shape and are deep-merged
// (objects merge key by key, lists and scalars replace).

const dnsLabel = z
  .string()
  .max(50)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "expected a lowercase DNS label (a-z, 0-9, '-')");
const labelMap = z.record(z.string().min(1).max(253), z.string().max(63));
const fraction = z.number().min(0).max(1);
const count = (max: number) => z.number().int().min(0).max(max);
const psaLevel = z.enum(["privileged", "baseline", "restricted"]);
/** A backup tool's history: how long ago its last run succeeded, and why the runs since failed. */
const backupHistoryFields = {
  lastSuccessHoursAgo: z
    .number()
    .min(0)
    .max(24 * 3650)
    .optional(),
  failureReason: z.string().min(1).max(300).optional(),
};

export const environmentSchema = z.enum(["edge", "on-prem", "cloud"]);
export const profileSchema = z.enum([
  "talos-hardened",
  "talos-default",
  "talos-drifted",
  "kubeadm-default",
  "kubeadm-hardened",
  "managed",
]);

const talosDriftSchema = z.strictObject({
  sysctls: z.record(z.string().min(1), z.string()).optional(),
  secureBoot: z.boolean().optional(),
  bootedWithUKI: z.boolean().optional(),
  selinux: z.enum(["disabled", "permissive", "enforcing"]).optional(),
  moduleSignatureEnforced: z.boolean().optional(),
  extraKernelArgs: z.array(z.string().min(1)).optional(),
  apiServerExtraArgs: z.record(z.string().min(1), z.string()).optional(),
  controllerManagerExtraArgs: z.record(z.string().min(1), z.string()).optional(),
  schedulerExtraArgs: z.record(z.string().min(1), z.string()).optional(),
  podSecurityEnforce: psaLevel.optional(),
});

const namespaceSchema = z.strictObject({
  name: dnsLabel,
  labels: labelMap.optional(),
  /** PSA `enforce` label of this namespace; `none` leaves it unlabelled. */
  psa: z.enum(["privileged", "baseline", "restricted", "none"]).optional(),
  defaultDeny: z.boolean().optional(),
});

const extraObjectSchema = z.looseObject({
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().min(1).optional() }),
});

export const clusterSettingsSchema = z.strictObject({
  environment: environmentSchema.optional(),
  site: z.string().min(1).max(63).optional(),
  labels: labelMap.optional(),
  profile: profileSchema.optional(),
  kubernetesVersion: kubernetesVersionSchema.optional(),
  /** Talos profiles only; ignored for the others. */
  talosVersion: talosVersionSchema.optional(),
  /** `managed` only: whose managed Kubernetes the nodes look like. */
  managedFlavor: z.enum(["eks", "gke", "aks"]).optional(),
  nodes: z
    .strictObject({
      /** Ignored for `managed` (its control plane is not visible). */
      controlPlanes: z.number().int().min(1).max(7).optional(),
      workers: count(1000).optional(),
    })
    .optional(),
  /** Workload density of the application namespaces. */
  workloads: z
    .strictObject({
      namespaces: count(200).optional(),
      deploymentsPerNamespace: count(100).optional(),
      replicas: z.number().int().min(1).max(100).optional(),
      statefulSetsPerNamespace: count(20).optional(),
      cronJobsPerNamespace: count(20).optional(),
    })
    .optional(),
  /** Namespaces beyond the generated application namespaces (no workloads of their own). */
  namespaces: z.array(namespaceSchema).optional(),
  posture: z
    .strictObject({
      /** PSA `enforce` level labelled on application namespaces; `none` = no PSA labels. */
      psaEnforce: z.enum(["privileged", "baseline", "restricted", "none"]).optional(),
      namespacesWithoutPsa: count(200).optional(),
      defaultDeny: z.boolean().optional(),
      namespacesWithoutDefaultDeny: count(200).optional(),
      privilegedWorkloads: count(1000).optional(),
      hostNetworkWorkloads: count(1000).optional(),
      /** Fraction of application containers with `readOnlyRootFilesystem: true`. */
      readOnlyRootFilesystem: fraction.optional(),
      /** Fraction of application images pinned by digest. */
      imageDigests: fraction.optional(),
      /** Fraction of application ConfigMaps and Secrets marked `immutable: true`. */
      immutableConfig: fraction.optional(),
      anonymousBinding: z.boolean().optional(),
      wildcardRoles: count(20).optional(),
    })
    .optional(),
  admission: z
    .strictObject({
      kyverno: z.enum(["enforce", "audit", "off"]).optional(),
      /** Kyverno `verifyImages` policy: its validationFailureAction, or absent. */
      verifyImages: z.enum(["enforce", "audit", "off"]).optional(),
      sigstorePolicyController: z.boolean().optional(),
      validatingAdmissionPolicies: z.enum(["deny", "audit", "off"]).optional(),
      webhookFailurePolicy: z.enum(["Fail", "Ignore"]).optional(),
      /** Kubewarden with a verify-image-signatures ClusterAdmissionPolicy in this mode, or absent. */
      kubewarden: z.enum(["protect", "monitor", "off"]).optional(),
      /** Ratify behind Gatekeeper: notation and vulnerability-report verifiers, and constraints that deny. */
      ratify: z.boolean().optional(),
      /** A Kyverno policy that rejects images whose Trivy vulnerability attestation lists critical CVEs (needs Kyverno). */
      rejectCriticalCves: z.enum(["enforce", "audit", "off"]).optional(),
    })
    .optional(),
  etcdBackup: z
    .strictObject({
      enabled: z.boolean().optional(),
      schedule: z
        .string()
        .max(100)
        .refine((schedule) => isValidSchedule({ schedule }), 'expected a 5-field cron schedule such as "0 */6 * * *"')
        .optional(),
      /** When the last Job succeeded; Jobs scheduled since then failed. */
      lastSuccessHoursAgo: z
        .number()
        .min(0)
        .max(24 * 3650)
        .optional(),
      /** Backups fail from this day offset on (for timelines); wins over lastSuccessHoursAgo from then. */
      failingSinceDay: z.number().int().min(-3650).max(3650).optional(),
    })
    .optional(),
  /** Ecosystem tools beside the platform (backups, CNI); read by the collector through their CRDs. */
  tools: z
    .strictObject({
      /** `platform`: what the platform ships (Flannel on Talos, Calico on kubeadm, the provider's CNI). */
      cni: z.enum(["platform", "flannel", "cilium", "calico"]).optional(),
      /** A Kyverno ClusterPolicy that generates a default-deny NetworkPolicy in every new namespace. */
      kyvernoGenerateDefaultDeny: z.boolean().optional(),
      /** External Secrets Operator: a Vault ClusterSecretStore and one ExternalSecret per application namespace. */
      externalSecrets: z.boolean().optional(),
      /** Sealed Secrets: its controller and one SealedSecret per application namespace. */
      sealedSecrets: z.boolean().optional(),
      /** Trivy Operator: a VulnerabilityReport per application container. */
      trivyOperator: z.boolean().optional(),
      /** The log-shipping DaemonSet every cluster runs (on every node, with the host's /var/log). */
      logShipper: z.enum(["fluent-bit", "vector", "fluentd"]).optional(),
      /** Vault CSI provider: the Secrets Store CSI driver, HashiCorp's provider and a SecretProviderClass per application namespace. */
      vaultCsi: z.boolean().optional(),
      /** Kasten K10: a daily backup Policy (`@daily` runs at 23:00 UTC here) and its runs, as Velero's are built. */
      kasten: z
        .strictObject({
          enabled: z.boolean().optional(),
          /** When the last run completed; runs scheduled since then failed (with K10's status.error.message). */
          ...backupHistoryFields,
        })
        .optional(),
      /** GitOps: Argo CD Applications or Flux Kustomizations, one per application namespace; `selfHeal` reverts drift. */
      gitOps: z
        .strictObject({ tool: z.enum(["none", "argocd", "flux"]).optional(), selfHeal: z.boolean().optional() })
        .optional(),
      /** Falco as a DaemonSet: on every node (`onControlPlanes`) or workers only, with its rules ConfigMap or without. */
      falco: z
        .strictObject({
          enabled: z.boolean().optional(),
          onControlPlanes: z.boolean().optional(),
          rules: z.boolean().optional(),
        })
        .optional(),
      velero: z
        .strictObject({
          enabled: z.boolean().optional(),
          schedule: z
            .string()
            .max(100)
            .refine((schedule) => isValidSchedule({ schedule }), 'expected a 5-field cron schedule such as "0 1 * * *"')
            .optional(),
          /** When the last Backup completed; Backups scheduled since then failed (with Velero's status.failureReason). */
          ...backupHistoryFields,
        })
        .optional(),
    })
    .optional(),
  /** Extra kube-apiserver flags for kubeadm profiles (`null` removes a flag kubeadm sets). */
  apiServerFlags: z
    .record(z.string().regex(/^--[a-z0-9-]+$/, "expected a flag like --profiling"), z.string().nullable())
    .optional(),
  /** Merged into every node's kubelet configuration (configz); on Talos like `machine.kubelet.extraConfig`. */
  kubeletConfig: z.record(z.string(), z.unknown()).optional(),
  talos: z
    .strictObject({
      drift: talosDriftSchema.optional(),
      /** Extra drift per node, keyed by node name or its suffix (`cp-01`, `w-02`). */
      nodeDrift: z.record(z.string().min(1), talosDriftSchema).optional(),
      /** Role of the talosconfig written for Lotse. */
      role: z.enum(["os:reader", "os:admin"]).optional(),
      /** A KMS plugin that encrypts Secrets first; only Talos ≥ v1.14 configs can name one (KubeEtcdEncryptionConfig). */
      kms: z.strictObject({ name: dnsLabel, apiVersion: z.enum(["v1", "v2"]) }).optional(),
    })
    .optional(),
  faults: faultsSchema.optional(),
  /** Objects served as written (validated only for apiVersion, kind and metadata.name). */
  extraObjects: z.array(extraObjectSchema).optional(),
});

export type ClusterSettings = z.infer<typeof clusterSettingsSchema>;
export { dnsLabel, labelMap, talosDriftSchema };
