import type { PlatformProfile } from "@/lib/sim/model";
import type { ClusterSettings } from "@/lib/sim/scenario/cluster-settings-schema";

type ProfileDefaults = Pick<ClusterSettings, "posture" | "admission" | "etcdBackup" | "tools">;

// What a cluster of each profile typically looks like when the scenario says nothing more.
// Hardened: restricted PSA labels and default-deny everywhere, signed and pinned images enforced.
// Default: the platform's out-of-the-box state plus a typical team's habits. Drifted: a hardened
// Talos cluster after months of hotfixes (its OS-level drift is the Talos simulator's `drifted`).
const DEFAULTS: Record<PlatformProfile, ProfileDefaults> = {
  "talos-hardened": {
    posture: {
      psaEnforce: "restricted",
      namespacesWithoutPsa: 0,
      defaultDeny: true,
      namespacesWithoutDefaultDeny: 0,
      privilegedWorkloads: 0,
      hostNetworkWorkloads: 0,
      readOnlyRootFilesystem: 0.95,
      imageDigests: 0.9,
      immutableConfig: 0.8,
      anonymousBinding: false,
      wildcardRoles: 0,
    },
    admission: {
      kyverno: "enforce",
      verifyImages: "enforce",
      sigstorePolicyController: false,
      validatingAdmissionPolicies: "deny",
      webhookFailurePolicy: "Fail",
    },
    etcdBackup: { enabled: true, schedule: "0 */6 * * *", lastSuccessHoursAgo: 2 },
    // Hardened Talos replaces Flannel (which ignores NetworkPolicies) with Cilium.
    tools: { cni: "cilium" },
  },
  "talos-default": {
    posture: {
      // No labels: Talos' AdmissionControlConfig default (enforce baseline) applies cluster-wide.
      psaEnforce: "none",
      namespacesWithoutPsa: 0,
      defaultDeny: true,
      namespacesWithoutDefaultDeny: 1,
      privilegedWorkloads: 0,
      hostNetworkWorkloads: 0,
      readOnlyRootFilesystem: 0.6,
      imageDigests: 0.4,
      immutableConfig: 0.3,
      anonymousBinding: false,
      wildcardRoles: 0,
    },
    admission: {
      kyverno: "audit",
      verifyImages: "audit",
      sigstorePolicyController: false,
      validatingAdmissionPolicies: "audit",
      webhookFailurePolicy: "Ignore",
    },
    etcdBackup: { enabled: true, schedule: "0 2 * * *", lastSuccessHoursAgo: 14 },
  },
  "talos-drifted": {
    posture: {
      psaEnforce: "baseline",
      namespacesWithoutPsa: 2,
      defaultDeny: true,
      namespacesWithoutDefaultDeny: 2,
      privilegedWorkloads: 1,
      hostNetworkWorkloads: 1,
      readOnlyRootFilesystem: 0.5,
      imageDigests: 0.3,
      immutableConfig: 0.2,
      anonymousBinding: false,
      wildcardRoles: 1,
    },
    admission: {
      kyverno: "audit",
      verifyImages: "audit",
      sigstorePolicyController: false,
      validatingAdmissionPolicies: "off",
      webhookFailurePolicy: "Ignore",
    },
    etcdBackup: { enabled: true, schedule: "0 2 * * *", lastSuccessHoursAgo: 20 },
    // Drifted from the hardened baseline: its CNI stayed.
    tools: { cni: "cilium" },
  },
  "kubeadm-default": {
    posture: {
      psaEnforce: "none",
      namespacesWithoutPsa: 0,
      defaultDeny: false,
      namespacesWithoutDefaultDeny: 0,
      privilegedWorkloads: 1,
      hostNetworkWorkloads: 1,
      readOnlyRootFilesystem: 0.4,
      imageDigests: 0.2,
      immutableConfig: 0.1,
      anonymousBinding: false,
      wildcardRoles: 1,
    },
    admission: {
      kyverno: "off",
      verifyImages: "off",
      sigstorePolicyController: false,
      validatingAdmissionPolicies: "off",
      webhookFailurePolicy: "Ignore",
    },
    etcdBackup: { enabled: true, schedule: "30 1 * * *", lastSuccessHoursAgo: 22 },
  },
  "kubeadm-hardened": {
    posture: {
      psaEnforce: "restricted",
      namespacesWithoutPsa: 0,
      defaultDeny: true,
      namespacesWithoutDefaultDeny: 0,
      privilegedWorkloads: 0,
      hostNetworkWorkloads: 0,
      readOnlyRootFilesystem: 0.9,
      imageDigests: 0.8,
      immutableConfig: 0.7,
      anonymousBinding: false,
      wildcardRoles: 0,
    },
    admission: {
      kyverno: "enforce",
      verifyImages: "enforce",
      sigstorePolicyController: false,
      validatingAdmissionPolicies: "deny",
      webhookFailurePolicy: "Fail",
    },
    etcdBackup: { enabled: true, schedule: "0 */4 * * *", lastSuccessHoursAgo: 1 },
  },
  managed: {
    posture: {
      psaEnforce: "baseline",
      namespacesWithoutPsa: 1,
      defaultDeny: true,
      namespacesWithoutDefaultDeny: 1,
      privilegedWorkloads: 0,
      hostNetworkWorkloads: 0,
      readOnlyRootFilesystem: 0.7,
      imageDigests: 0.6,
      immutableConfig: 0.4,
      anonymousBinding: false,
      wildcardRoles: 0,
    },
    admission: {
      kyverno: "off",
      verifyImages: "off",
      // Cloud teams tend to use Sigstore's policy-controller instead of Kyverno here.
      sigstorePolicyController: true,
      validatingAdmissionPolicies: "deny",
      webhookFailurePolicy: "Fail",
    },
    // The provider runs etcd; there is nothing to back up from inside the cluster.
    etcdBackup: { enabled: false, schedule: "0 2 * * *", lastSuccessHoursAgo: 0 },
  },
};

/** The posture, admission, etcd-backup and tool settings a profile starts from. */
export function getProfileDefaults({ profile }: { profile: PlatformProfile }): ProfileDefaults {
  return structuredClone(DEFAULTS[profile]);
}
