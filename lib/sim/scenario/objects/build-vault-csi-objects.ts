import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { planNamespaces } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

export const VAULT_NAMESPACE = "vault";
const EVERYWHERE = [{ operator: "Exists" }];

/**
 * The Vault CSI provider (`tools.vaultCsi`): the Secrets Store CSI driver's CRDs and a
 * SecretProviderClass with provider vault per application namespace, which mounts the namespace's
 * database credentials as files; the first namespace also syncs them into a Kubernetes Secret
 * (`secretObjects`), as teams do for env variables.
 */
export function buildVaultCsiObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  if (!spec.tools.vaultCsi) return [];
  const created = createdBetween({ context, key: "vault-csi", fromDays: 3, toDays: 30 });
  const crd = (kind: string, plural: string) =>
    buildCrd({
      factory,
      created,
      group: "secrets-store.csi.x-k8s.io",
      kind,
      plural,
      scope: "Namespaced",
      versions: ["v1"],
      storageVersion: "v1",
    });
  const apps = planNamespaces({ spec })
    .filter((plan) => plan.isApp)
    .map((plan) => plan.name);
  return [
    crd("SecretProviderClass", "secretproviderclasses"),
    crd("SecretProviderClassPodStatus", "secretproviderclasspodstatuses"),
    ...apps.map((namespace, index): KubeObject => ({
      apiVersion: "secrets-store.csi.x-k8s.io/v1",
      kind: "SecretProviderClass",
      metadata: factory.meta({ kind: "SecretProviderClass", name: `${namespace}-vault`, namespace, created }),
      spec: {
        provider: "vault",
        parameters: {
          vaultAddress: "https://vault.port-authority.internal:8200",
          roleName: namespace,
          objects: `- objectName: "db-password"\n  secretPath: "kv/data/apps/${namespace}/db"\n  secretKey: "password"\n`,
        },
        ...(index === 0
          ? {
              secretObjects: [
                {
                  secretName: `${namespace}-db`,
                  type: "Opaque",
                  data: [{ objectName: "db-password", key: "password" }],
                },
              ],
            }
          : {}),
      },
    })),
  ];
}

/** The CSI driver and HashiCorp's provider, both DaemonSets on every node with the kubelet's plugin directories. */
export function buildVaultCsiWorkloads({ context }: { context: ClusterBuildContext }): WorkloadTemplate[] {
  if (!context.spec.tools.vaultCsi) return [];
  const created = createdBetween({ context, key: "vault-csi", fromDays: 3, toDays: 30 });
  const hostPath = (name: string, path: string) => ({ name, hostPath: { path, type: "DirectoryOrCreate" } });
  return [
    {
      kind: "DaemonSet",
      namespace: "kube-system",
      name: "csi-secrets-store",
      serviceAccountName: "secrets-store-csi-driver",
      created,
      labels: { "app.kubernetes.io/name": "secrets-store-csi-driver" },
      pod: {
        tolerations: EVERYWHERE,
        containers: [
          {
            name: "secrets-store",
            image: "registry.k8s.io/csi-secrets-store/driver:v1.5.4",
            args: [
              "--endpoint=$(CSI_ENDPOINT)",
              "--nodeid=$(KUBE_NODE_NAME)",
              "--provider-volume=/var/run/secrets-store-csi-providers",
            ],
            securityContext: { privileged: true },
            volumeMounts: [
              { name: "plugin-dir", mountPath: "/csi" },
              { name: "mountpoint-dir", mountPath: "/var/lib/kubelet/pods" },
              { name: "providers-dir", mountPath: "/var/run/secrets-store-csi-providers" },
            ],
          },
        ],
        volumes: [
          hostPath("plugin-dir", "/var/lib/kubelet/plugins/csi-secrets-store/"),
          hostPath("mountpoint-dir", "/var/lib/kubelet/pods"),
          hostPath("providers-dir", "/var/run/secrets-store-csi-providers"),
        ],
      },
    },
    {
      kind: "DaemonSet",
      namespace: VAULT_NAMESPACE,
      name: "vault-csi-provider",
      serviceAccountName: "vault-csi-provider",
      created,
      labels: { "app.kubernetes.io/name": "vault-csi-provider" },
      pod: {
        tolerations: EVERYWHERE,
        containers: [
          {
            name: "vault-csi-provider",
            image: "hashicorp/vault-csi-provider:1.5.1",
            args: ["-endpoint=/provider/vault.sock"],
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
            volumeMounts: [{ name: "providervol", mountPath: "/provider" }],
          },
        ],
        volumes: [hostPath("providervol", "/var/run/secrets-store-csi-providers")],
      },
    },
  ];
}
