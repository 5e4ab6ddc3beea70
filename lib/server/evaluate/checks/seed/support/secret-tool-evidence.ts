import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/**
 * Informative evidence on how Secrets reach the cluster: External Secrets Operator (stores, and
 * ExternalSecrets that do not sync) and Sealed Secrets. They keep plaintext out of Git, not out of
 * etcd (the synced or unsealed Secret is stored like any other), so they never decide the status.
 */
export function secretToolEvidence({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem[] {
  const { externalSecrets, secretStores, sealedSecrets } = snapshot.kubernetes;
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
  return items;
}
