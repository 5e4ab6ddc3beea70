import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/** The Vault CSI provider's DaemonSet (HashiCorp's chart names it, and its image, vault-csi-provider). */
export function isVaultCsiProvider(workload: KubeWorkload): boolean {
  return (
    workload.kind === "DaemonSet" &&
    (workload.name.includes("vault-csi-provider") ||
      workload.containers.some((container) => (container.image ?? "").includes("vault-csi-provider")))
  );
}

/**
 * Informative evidence on how Secrets reach the cluster: External Secrets Operator (stores, and
 * ExternalSecrets that do not sync), Sealed Secrets, and the Secrets Store CSI driver's
 * SecretProviderClasses (Vault CSI provider and others). The first two keep plaintext out of Git,
 * not out of etcd (the synced or unsealed Secret is stored like any other); CSI-mounted secrets
 * stay out of etcd unless a class syncs them into a Secret. None of them decides the status.
 */
export function secretToolEvidence({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem[] {
  const { externalSecrets, secretStores, sealedSecrets, secretProviderClasses, workloads } = snapshot.kubernetes;
  const items: EvidenceItem[] = [];
  if (externalSecrets?.isServed === true || secretStores?.isServed === true) {
    const secrets = externalSecrets?.data ?? [];
    const notReady = secrets.filter((secret) => secret.isReady !== true);
    items.push({
      source: "kubernetes.externalSecrets+secretStores",
      value: {
        stores: (secretStores?.data ?? []).map((store) => ({
          kind: store.kind,
          name: store.namespace ? `${store.namespace}/${store.name}` : store.name,
          provider: store.provider,
          isReady: store.isReady,
        })),
        externalSecrets: secrets.length,
        notReady: notReady
          .slice(0, 10)
          .map((secret) => `${secret.namespace}/${secret.name} (${secret.reason ?? "not ready"})`),
      },
      note: "informative: External Secrets Operator syncs Secrets from an external store; the synced Secrets are stored in etcd like any other",
    });
  }
  if (sealedSecrets?.isServed === true) {
    items.push({
      source: "kubernetes.sealedSecrets",
      value: sealedSecrets.data?.length ?? null,
      note: "informative: SealedSecrets (metadata only) keep plaintext out of Git; the controller unseals them into ordinary Secrets",
    });
  }
  if (secretProviderClasses?.isServed === true) {
    const classes = secretProviderClasses.data ?? [];
    const providers = new Map<string, number>();
    for (const entry of classes) providers.set(entry.provider ?? "?", (providers.get(entry.provider ?? "?") ?? 0) + 1);
    const vaultProvider = (workloads.data ?? []).find(isVaultCsiProvider);
    items.push({
      source: "kubernetes.secretProviderClasses",
      value: {
        providers: Object.fromEntries(providers),
        syncedToSecrets: classes
          .filter((entry) => entry.syncsToSecrets)
          .slice(0, 10)
          .map((entry) => `${entry.namespace}/${entry.name}`),
        vaultCsiProvider: vaultProvider ? `DaemonSet ${vaultProvider.namespace}/${vaultProvider.name}` : null,
      },
      note: "informative: the Secrets Store CSI driver mounts secrets from the provider (e.g. Vault) as files, not stored in etcd; classes with secretObjects also sync them into Secrets, which are",
    });
  }
  return items;
}
