import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { formatKubeTime } from "./object-factory";
import { planNamespaces } from "./plan-namespaces";

/**
 * Secret management tools (`tools.externalSecrets`, `tools.sealedSecrets`): the External Secrets
 * Operator's CRDs, a Vault ClusterSecretStore and an ExternalSecret per application namespace (the
 * last one failing to sync), and Bitnami Sealed Secrets' CRD with a SealedSecret per namespace.
 * No secret value appears anywhere; SealedSecrets carry a placeholder ciphertext.
 */
export function buildSecretToolObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { externalSecrets, sealedSecrets } = spec.tools;
  if (!externalSecrets && !sealedSecrets) return [];
  const created = createdBetween({ context, key: "secret-tools", fromDays: 3, toDays: 30 });
  const since = formatKubeTime({ time: created });
  const apps = planNamespaces({ spec })
    .filter((plan) => plan.isApp)
    .map((plan) => plan.name);
  const objects: KubeObject[] = [];
  if (externalSecrets) {
    const crd = (kind: string, plural: string, scope: "Cluster" | "Namespaced") =>
      buildCrd({
        factory,
        created,
        group: "external-secrets.io",
        kind,
        plural,
        scope,
        versions: ["v1"],
        storageVersion: "v1",
      });
    objects.push(
      crd("ExternalSecret", "externalsecrets", "Namespaced"),
      crd("SecretStore", "secretstores", "Namespaced"),
      crd("ClusterSecretStore", "clustersecretstores", "Cluster"),
      {
        apiVersion: "external-secrets.io/v1",
        kind: "ClusterSecretStore",
        metadata: factory.meta({ kind: "ClusterSecretStore", name: "vault-backend", created }),
        spec: {
          provider: {
            vault: {
              server: "https://vault.port-authority.internal:8200",
              path: "kv",
              version: "v2",
              auth: { kubernetes: { mountPath: `kubernetes-${spec.name}`, role: "external-secrets" } },
            },
          },
        },
        status: { conditions: [{ type: "Ready", status: "True", reason: "Valid", lastTransitionTime: since }] },
      },
      ...apps.map((namespace, index): KubeObject => {
        // The last namespace's remote key was renamed in Vault: its sync fails.
        const isSynced = index < apps.length - 1;
        return {
          apiVersion: "external-secrets.io/v1",
          kind: "ExternalSecret",
          metadata: factory.meta({ kind: "ExternalSecret", name: `${namespace}-credentials`, namespace, created }),
          spec: {
            refreshInterval: "1h",
            secretStoreRef: { kind: "ClusterSecretStore", name: "vault-backend" },
            target: { name: `${namespace}-credentials` },
            dataFrom: [{ extract: { key: `apps/${namespace}` } }],
          },
          status: {
            conditions: [
              isSynced
                ? { type: "Ready", status: "True", reason: "SecretSynced", lastTransitionTime: since }
                : { type: "Ready", status: "False", reason: "SecretSyncedError", lastTransitionTime: since },
            ],
          },
        };
      }),
    );
  }
  if (sealedSecrets) {
    objects.push(
      buildCrd({
        factory,
        created,
        group: "bitnami.com",
        kind: "SealedSecret",
        plural: "sealedsecrets",
        scope: "Namespaced",
        versions: ["v1alpha1"],
        storageVersion: "v1alpha1",
      }),
      ...apps.map((namespace): KubeObject => ({
        apiVersion: "bitnami.com/v1alpha1",
        kind: "SealedSecret",
        metadata: factory.meta({ kind: "SealedSecret", name: `${namespace}-registry`, namespace, created }),
        spec: { encryptedData: { token: "AgB-simulated-ciphertext" }, template: { type: "Opaque" } },
        status: { conditions: [{ type: "Synced", status: "True" }] },
      })),
    );
  }
  return objects;
}
