import type { MachineConfigInputs } from "./build-machine-config";
import { buildPodSecurityConfiguration } from "./build-pod-security-configuration";

/**
 * The Kubernetes documents a Talos v1.14 config carries instead of `cluster.*`
 * (generate/kubernetes.go): CA, service account, etcd encryption, admission, audit,
 * authentication, authorization and component documents on control planes, and the cluster, node,
 * kubelet and network documents everywhere. Secret fields are those reference §3.6 lists.
 */
export function buildKubernetesConfigDocuments(
  inputs: MachineConfigInputs & { isControlPlane: boolean },
): Record<string, unknown>[] {
  const { secrets, kubernetesVersion: k8s, isControlPlane } = inputs;
  const doc = (kind: string, body: Record<string, unknown>) => ({ apiVersion: "v1alpha1", kind, ...body });
  const documents: Record<string, unknown>[] = [];
  if (isControlPlane) {
    documents.push(
      doc("KubeAggregatorCAConfig", {
        issuingCA: { cert: decode(secrets.aggregatorCa.crt), key: decode(secrets.aggregatorCa.key) },
      }),
      doc("KubeAdmissionControlConfig", {
        name: "PodSecurity",
        configuration: buildPodSecurityConfiguration({ enforce: inputs.podSecurityEnforce }),
      }),
      doc("KubeAuditPolicyConfig", {
        configuration: { apiVersion: "audit.k8s.io/v1", kind: "Policy", rules: [{ level: "Metadata" }] },
      }),
      doc("KubeAuthenticationConfig", {
        configuration: {
          anonymous: { conditions: [{ path: "/livez" }, { path: "/readyz" }, { path: "/healthz" }], enabled: true },
          jwt: [],
        },
      }),
      doc("KubeAuthorizerConfig", { name: "node", type: "Node" }),
      doc("KubeAuthorizerConfig", { name: "rbac", type: "RBAC" }),
      doc("KubeEtcdEncryptionConfig", {
        config: {
          resources: [
            {
              providers: [
                // A KMS plugin encrypts new writes; secretbox stays to read what was written before it.
                ...(inputs.kmsProvider
                  ? [
                      {
                        kms: {
                          apiVersion: inputs.kmsProvider.apiVersion,
                          name: inputs.kmsProvider.name,
                          endpoint: `unix:///var/run/kmsplugin/${inputs.kmsProvider.name}.sock`,
                          timeout: "3s",
                        },
                      },
                    ]
                  : []),
                { secretbox: { keys: [{ name: "key2", secret: secrets.secretboxEncryptionSecret }] } },
              ],
              resources: ["secrets"],
            },
          ],
        },
      }),
      doc("KubeServiceAccountConfig", {
        issuer: { privateKey: decode(secrets.serviceAccountKey), issuerURL: inputs.controlPlaneEndpoint },
      }),
      doc(
        "KubeAPIServerConfig",
        withArgs({ image: `registry.k8s.io/kube-apiserver:v${k8s}` }, inputs.apiServerExtraArgs),
      ),
      doc(
        "KubeControllerManagerConfig",
        withArgs({ image: `registry.k8s.io/kube-controller-manager:v${k8s}` }, inputs.controllerManagerExtraArgs),
      ),
      doc(
        "KubeSchedulerConfig",
        withArgs({ image: `registry.k8s.io/kube-scheduler:v${k8s}` }, inputs.schedulerExtraArgs),
      ),
      doc("KubeProxyConfig", { image: `registry.k8s.io/kube-proxy:v${k8s}` }),
    );
  }
  documents.push(
    doc("KubeClusterConfig", { name: inputs.clusterName, endpoint: inputs.controlPlaneEndpoint }),
    doc(
      "KubeNodeConfig",
      isControlPlane
        ? {
            labels: {
              "node-role.kubernetes.io/control-plane": "",
              "node.kubernetes.io/exclude-from-external-load-balancers": "",
            },
            taints: { "node-role.kubernetes.io/control-plane": "NoSchedule" },
          }
        : {},
    ),
    doc("KubeletConfig", { image: `ghcr.io/siderolabs/kubelet:v${k8s}`, defaultRuntimeSeccompProfileEnabled: true }),
    doc("KubeNetworkConfig", {
      dnsDomain: inputs.dnsDomain,
      podSubnets: [inputs.podCidr],
      serviceSubnets: [inputs.serviceCidr],
    }),
    doc(
      "KubeAPIServerCAConfig",
      isControlPlane
        ? { issuingCA: { cert: decode(secrets.kubernetesCa.crt), key: decode(secrets.kubernetesCa.key) } }
        : { acceptedCAs: [decode(secrets.kubernetesCa.crt)] },
    ),
    doc("KubePrismConfig", { port: 7445 }),
    doc("DiscoveryIdentityConfig", { clusterID: secrets.clusterId, clusterSecret: secrets.clusterSecret }),
  );
  return documents;
}

// The multi-document types carry PEM text, not base64 of PEM as the v1alpha1 document does.
function decode(base64Pem: string): string {
  return Buffer.from(base64Pem, "base64").toString("utf8");
}

function withArgs(body: Record<string, unknown>, extraArgs: Record<string, string>): Record<string, unknown> {
  return Object.keys(extraArgs).length > 0 ? { ...body, extraArgs: { ...extraArgs } } : body;
}
