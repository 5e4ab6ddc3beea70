import type { CheckEvaluator } from "../../evaluator-types";
import { anonymousAuthEvaluator } from "./evaluate-anonymous-auth";
import { apiServerCiphersEvaluator } from "./evaluate-apiserver-ciphers";
import { auditPolicyCoverageEvaluator } from "./evaluate-audit-policy-coverage";
import {
  bootstrapTokenUsersEvaluator,
  clientCertificateUsersEvaluator,
  serviceAccountTokenUsersEvaluator,
} from "./evaluate-authentication-usage";
import {
  authorizationNodeEvaluator,
  authorizationNotAlwaysAllowEvaluator,
  authorizationRbacEvaluator,
} from "./evaluate-authorization-mode";
import { imageProvenanceEvaluator, policyMechanismEvaluator } from "./evaluate-admission-policies";
import { encryptionProvidersEvaluator } from "./evaluate-encryption-providers";
import { etcdUniqueCaEvaluator } from "./evaluate-etcd-unique-ca";
import { FILE_PERMISSION_EVALUATORS } from "./evaluate-file-permissions";
import {
  defaultNamespaceEvaluator,
  externalSecretStorageEvaluator,
  namespaceBoundariesEvaluator,
  seccompProfileEvaluator,
  secretsAsFilesEvaluator,
  securityContextEvaluator,
} from "./evaluate-general-policy-checks";
import { kubeProxyMetricsEvaluator } from "./evaluate-kube-proxy-metrics";
import { kubeletCertificateAuthorityEvaluator } from "./evaluate-kubelet-certificate-authority";
import { KUBELET_SETTING_EVALUATORS } from "./evaluate-kubelet-settings";
import {
  hostnameOverrideEvaluator,
  kubeletCiphersEvaluator,
  kubeletServingCertificateEvaluator,
} from "./evaluate-kubelet-tls";
import { cniPolicySupportEvaluator, namespaceNetworkPolicyEvaluator } from "./evaluate-network-policy-checks";
import { POD_SECURITY_EVALUATORS } from "./evaluate-pod-security-checks";
import {
  clusterAdminUseEvaluator,
  podCreationEvaluator,
  secretAccessEvaluator,
  wildcardRolesEvaluator,
} from "./evaluate-rbac-checks";
import {
  bindEscalateImpersonateEvaluator,
  csrApprovalEvaluator,
  nodeProxyEvaluator,
  persistentVolumeCreationEvaluator,
  systemMastersEvaluator,
  tokenCreationEvaluator,
  webhookConfigurationEvaluator,
} from "./evaluate-rbac-review-checks";
import { defaultServiceAccountEvaluator, tokenMountEvaluator } from "./evaluate-service-account-checks";
import { APISERVER_FLAG_CHECKS } from "./rules/apiserver-flag-rules";
import { CONTROLLER_MANAGER_SCHEDULER_FLAG_CHECKS } from "./rules/controller-manager-scheduler-flag-rules";
import { ETCD_FLAG_CHECKS } from "./rules/etcd-flag-rules";
import { buildFlagCheck } from "./support/build-flag-check";

const UNORDERED: CheckEvaluator[] = [
  ...FILE_PERMISSION_EVALUATORS,
  ...[...APISERVER_FLAG_CHECKS, ...CONTROLLER_MANAGER_SCHEDULER_FLAG_CHECKS, ...ETCD_FLAG_CHECKS].map(buildFlagCheck),
  anonymousAuthEvaluator,
  kubeletCertificateAuthorityEvaluator,
  authorizationNotAlwaysAllowEvaluator,
  authorizationNodeEvaluator,
  authorizationRbacEvaluator,
  encryptionProvidersEvaluator,
  apiServerCiphersEvaluator,
  etcdUniqueCaEvaluator,
  clientCertificateUsersEvaluator,
  serviceAccountTokenUsersEvaluator,
  bootstrapTokenUsersEvaluator,
  auditPolicyCoverageEvaluator,
  ...KUBELET_SETTING_EVALUATORS,
  hostnameOverrideEvaluator,
  kubeletServingCertificateEvaluator,
  kubeletCiphersEvaluator,
  kubeProxyMetricsEvaluator,
  clusterAdminUseEvaluator,
  secretAccessEvaluator,
  wildcardRolesEvaluator,
  podCreationEvaluator,
  defaultServiceAccountEvaluator,
  tokenMountEvaluator,
  systemMastersEvaluator,
  bindEscalateImpersonateEvaluator,
  persistentVolumeCreationEvaluator,
  nodeProxyEvaluator,
  csrApprovalEvaluator,
  webhookConfigurationEvaluator,
  tokenCreationEvaluator,
  policyMechanismEvaluator,
  ...POD_SECURITY_EVALUATORS,
  cniPolicySupportEvaluator,
  namespaceNetworkPolicyEvaluator,
  secretsAsFilesEvaluator,
  externalSecretStorageEvaluator,
  imageProvenanceEvaluator,
  namespaceBoundariesEvaluator,
  seccompProfileEvaluator,
  securityContextEvaluator,
  defaultNamespaceEvaluator,
];

/** "1.2.10" before "1.10.1": numeric order of the CIS id's parts. */
function compareCisIds(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** One evaluator per cis check (see lib/catalog/checks/cis-checks.ts for their definitions), in CIS order. */
export const CIS_EVALUATORS: CheckEvaluator[] = [...UNORDERED].sort((a, b) =>
  compareCisIds(a.check.cis?.id ?? "", b.check.cis?.id ?? ""),
);
