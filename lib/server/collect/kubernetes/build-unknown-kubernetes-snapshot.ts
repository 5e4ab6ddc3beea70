import type { Collected, CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubernetesSnapshot, KubeVersionInfo } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/**
 * The snapshot of a run that stopped early (unreachable, timeout, TLS, unauthorized): every
 * part UNKNOWN with the reason beside it, the version kept when it was read.
 */
export function buildUnknownKubernetesSnapshot({
  errors,
  version,
}: {
  errors: CollectionError[];
  version?: Collected<KubeVersionInfo>;
}): KubernetesSnapshot {
  const unknown = { data: null, errors };
  const unknownServed = { ...unknown, isServed: null };
  return {
    version: version ?? unknown,
    nodes: unknown,
    namespaces: unknown,
    networkPolicies: unknown,
    roles: unknown,
    clusterRoles: unknown,
    roleBindings: unknown,
    clusterRoleBindings: unknown,
    serviceAccounts: unknown,
    pods: unknown,
    workloads: unknown,
    configMaps: unknown,
    secrets: unknown,
    validatingWebhooks: unknown,
    mutatingWebhooks: unknown,
    validatingAdmissionPolicies: unknownServed,
    validatingAdmissionPolicyBindings: unknownServed,
    kyvernoPolicies: unknownServed,
    clusterImagePolicies: unknownServed,
    gatekeeperConstraints: unknownServed,
    crds: unknown,
    etcdBackupJobs: unknown,
    controlPlanePods: unknown,
    kubeletConfigs: unknown,
    veleroSchedules: unknownServed,
    ciliumPolicies: unknownServed,
    calicoPolicies: unknownServed,
    externalSecrets: unknownServed,
    secretStores: unknownServed,
    sealedSecrets: unknownServed,
    gitOpsApplications: unknownServed,
    vulnerabilityReports: unknownServed,
    kastenPolicies: unknownServed,
    kubewardenPolicies: unknownServed,
    ratifyResources: unknownServed,
    secretProviderClasses: unknownServed,
  };
}
