import { ETCD_BACKUP_CHECK } from "@/lib/catalog/checks/seed/etcd-backup";
import { IMAGE_POLICY_CHECK } from "@/lib/catalog/checks/seed/image-policy";
import { SECRETS_ENCRYPTION_CHECK } from "@/lib/catalog/checks/seed/secrets-encryption";
import type { RatifyResource } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { readCriticalCveGates } from "@/lib/server/evaluate/checks/seed/support/critical-cve-gates";
import { kubewardenMechanisms } from "@/lib/server/evaluate/checks/seed/support/image-policy-tool-mechanisms";
import { judgeKastenBackups } from "@/lib/server/evaluate/checks/seed/support/judge-kasten-backups";
import { readTalosEncryption } from "@/lib/server/evaluate/checks/seed/support/read-talos-encryption";
import { isVaultCsiProvider } from "@/lib/server/evaluate/checks/seed/support/secret-tool-evidence";
import type { EvaluationContext } from "@/lib/server/evaluate/evaluator-types";
import type { EvidenceSourceView } from "@/lib/shared/evidence-source-view";
import { feed, healthOf, MAX_OBJECTS } from "./evidence-source-helpers";

// The tools added beside the first ecosystem set (see list-evidence-sources.ts): Kasten K10,
// Kubewarden, Ratify, the Vault CSI provider and a KMS plugin in the encryption configuration.

/** Kasten K10, judged as the backup check judges it. */
export function kastenSources(context: EvaluationContext): EvidenceSourceView[] {
  const verdict = judgeKastenBackups(context);
  if (!verdict) return [];
  return [
    {
      id: "kasten",
      tool: "Kasten K10",
      category: "Backup",
      health: healthOf(verdict.status),
      detail: verdict.message,
      objects: (context.snapshot.kubernetes.kastenPolicies?.data ?? [])
        .slice(0, MAX_OBJECTS)
        .map((policy) => `Policy ${policy.namespace}/${policy.name}`),
      feeds: [feed(ETCD_BACKUP_CHECK)],
    },
  ];
}

/** Kubewarden: degraded while a policy is not active or none protects; it feeds the image check when a policy verifies signatures or judges CVEs. */
export function kubewardenSources(context: EvaluationContext): EvidenceSourceView[] {
  const part = context.snapshot.kubernetes.kubewardenPolicies;
  if (!part || part.isServed !== true) return [];
  const policies = part.data ?? [];
  const protecting = policies.filter((policy) => policy.mode.toLowerCase() === "protect").length;
  const inactive = policies.filter((policy) => policy.policyStatus !== null && policy.policyStatus !== "active");
  const mechanisms = kubewardenMechanisms(context);
  const verifying = mechanisms.filter((mechanism) => mechanism.mode !== "inactive").length;
  const isImagePolicy =
    mechanisms.length > 0 || readCriticalCveGates(context).gates.some((gate) => /AdmissionPolicy\//.test(gate));
  return [
    {
      id: "kubewarden",
      tool: "Kubewarden",
      category: "Admission policy",
      health: part.data === null ? "unknown" : inactive.length > 0 || protecting === 0 ? "degraded" : "healthy",
      detail: `${policies.length} ${policies.length === 1 ? "policy" : "policies"} (${protecting} in protect mode, ${verifying} verifying image signatures)${
        inactive.length > 0
          ? `; not active: ${inactive.map((policy) => `${policy.name} (${policy.policyStatus})`).join(", ")}`
          : protecting === 0
            ? "; none protects, so violations are only logged"
            : ""
      }.`,
      objects: policies
        .slice(0, MAX_OBJECTS)
        .map((policy) => `${policy.kind} ${policy.namespace ? `${policy.namespace}/` : ""}${policy.name}`),
      feeds: isImagePolicy ? [feed(IMAGE_POLICY_CHECK)] : [],
    },
  ];
}

/** Ratify: degraded while a verifier or store is not ready, or no Gatekeeper constraint calls it. */
export function ratifySources(context: EvaluationContext): EvidenceSourceView[] {
  const part = context.snapshot.kubernetes.ratifyResources;
  if (!part || part.isServed !== true) return [];
  const resources = part.data ?? [];
  const describe = (resource: RatifyResource) => `${resource.name} (${resource.type ?? "?"})`;
  const verifiers = resources.filter((resource) => resource.kind === "Verifier");
  const failing = resources.filter((resource) => resource.isSuccess === false);
  const callers = (context.snapshot.kubernetes.gatekeeperConstraints.data ?? []).filter((constraint) =>
    /ratify|vuln/i.test(constraint.kind),
  );
  return [
    {
      id: "ratify",
      tool: "Ratify",
      category: "Admission policy",
      health: part.data === null ? "unknown" : failing.length > 0 || callers.length === 0 ? "degraded" : "healthy",
      detail: `${verifiers.length} ${verifiers.length === 1 ? "verifier" : "verifiers"} (${verifiers.map((verifier) => verifier.type ?? "?").join(", ") || "none"}); ${
        callers.length > 0
          ? `called by ${callers.map((constraint) => `${constraint.kind}/${constraint.name} (${constraint.enforcementAction})`).join(", ")}`
          : "no Gatekeeper constraint calls it, so it verifies nothing"
      }${failing.length > 0 ? `; not ready: ${failing.map((resource) => `${describe(resource)}: ${resource.error ?? "?"}`).join(", ")}` : ""}.`,
      objects: resources.slice(0, MAX_OBJECTS).map((resource) => `${resource.kind} ${describe(resource)}`),
      feeds: [feed(IMAGE_POLICY_CHECK)],
    },
  ];
}

/**
 * The Secrets Store CSI driver's classes and the Vault CSI provider DaemonSet: degraded when Vault
 * classes exist without the provider, or the provider is not ready on every node it should run on.
 */
export function secretsStoreCsiSources(context: EvaluationContext): EvidenceSourceView[] {
  const part = context.snapshot.kubernetes.secretProviderClasses;
  const provider = (context.snapshot.kubernetes.workloads.data ?? []).find(isVaultCsiProvider);
  if ((!part || part.isServed !== true) && !provider) return [];
  const classes = part?.data ?? [];
  const vault = classes.filter((entry) => entry.provider === "vault");
  const synced = vault.filter((entry) => entry.syncsToSecrets).length;
  const desired = provider?.daemonSet?.desiredNumberScheduled ?? null;
  const ready = provider?.daemonSet?.numberReady ?? null;
  const isVault = vault.length > 0 || provider !== undefined;
  const problem = !provider
    ? vault.length > 0
      ? "no vault-csi-provider DaemonSet runs, so pods cannot mount these secrets"
      : null
    : desired !== null && ready !== null && ready < desired
      ? `vault-csi-provider is ready on ${ready} of ${desired} nodes`
      : null;
  return [
    {
      id: "secrets-store-csi",
      tool: isVault ? "Vault CSI provider" : "Secrets Store CSI driver",
      category: "Secrets",
      health: part?.data === null ? "unknown" : problem ? "degraded" : "healthy",
      detail: `${classes.length} SecretProviderClasses (${vault.length} with provider vault, ${synced} of them also synced into Secrets)${
        problem
          ? `; ${problem}`
          : provider && desired !== null && ready !== null
            ? `; vault-csi-provider ready on ${ready} of ${desired} nodes`
            : ""
      }.`,
      objects: [
        ...(provider ? [`DaemonSet ${provider.namespace}/${provider.name}`] : []),
        ...classes.map((entry) => `SecretProviderClass ${entry.namespace}/${entry.name}`),
      ].slice(0, MAX_OBJECTS),
      feeds: [feed(SECRETS_ENCRYPTION_CHECK)],
    },
  ];
}

/**
 * A KMS plugin in the encryption configuration, where Talos shows it (EtcdEncryptionConfig or the
 * KubeEtcdEncryptionConfig document, os:admin). Elsewhere the configuration is a file on the node
 * and no source is listed: the secrets check's evidence says it is not visible.
 */
export function kmsSources(context: EvaluationContext): EvidenceSourceView[] {
  for (const node of context.snapshot.talos?.nodes ?? []) {
    const reading = readTalosEncryption(node);
    const [kms] = reading.kmsProviders ?? [];
    if (!kms) continue;
    const isFirst = reading.providers?.[0] === "kms";
    return [
      {
        id: `kms:${kms.name ?? "?"}`,
        tool: `KMS plugin ${kms.name ?? "(unnamed)"}`,
        category: "Secrets",
        health: isFirst && kms.apiVersion !== "v1" ? "healthy" : "degraded",
        detail: `KMS ${kms.apiVersion} provider for Secrets${isFirst ? ", the first: it encrypts new writes" : ", not first: it only decrypts"}${
          kms.apiVersion === "v1" ? "; KMS v1 is deprecated and off by default since Kubernetes 1.29" : ""
        }.`,
        objects: [`EncryptionConfiguration on ${node.kubernetesName ?? node.node}`],
        feeds: [feed(SECRETS_ENCRYPTION_CHECK)],
      },
    ];
  }
  return [];
}
