import { TALOS_CLUSTER_DEFAULTS } from "./talos-cluster-defaults";
import type { TalosNodeRole, TalosSpecResource } from "./talos-node-state";

/**
 * KubeletConfig (what the machine config asks for) and KubeletSpec (the final flags and
 * KubeletConfiguration machined writes to /etc/kubernetes/kubelet.yaml), namespace `k8s`, ID
 * `kubelet`. The configuration carries Talos' fixed hardening: anonymous auth off, webhook
 * authorization, `protectKernelDefaults`, certificate rotation, TLS 1.3, seccomp by default.
 */
export function buildKubeletResources({
  kubernetesVersion,
  hostname,
  ip,
  role,
  staticPodPort,
}: {
  kubernetesVersion: string;
  hostname: string;
  ip: string;
  role: TalosNodeRole;
  /** Port of machined's loopback static pod server (kubelet `staticPodURL`). */
  staticPodPort: number;
}): TalosSpecResource[] {
  const image = `ghcr.io/siderolabs/kubelet:v${kubernetesVersion}`;
  const staticPodListURL = `http://127.0.0.1:${staticPodPort}`;
  const kubeletConfig = {
    image,
    clusterDNS: [TALOS_CLUSTER_DEFAULTS.clusterDns],
    clusterDomain: TALOS_CLUSTER_DEFAULTS.dnsDomain,
    cloudProviderExternal: false,
    defaultRuntimeSeccompEnabled: true,
    skipNodeRegistration: false,
    staticPodListURL,
    disableManifestsDirectory: true,
    enableFSQuotaMonitoring: true,
    allowSchedulingOnControlPlane: false,
  };
  const configuration: Record<string, unknown> = {
    address: "0.0.0.0",
    apiVersion: "kubelet.config.k8s.io/v1beta1",
    authentication: {
      anonymous: { enabled: false },
      webhook: { cacheTTL: "0s", enabled: true },
      x509: { clientCAFile: "/etc/kubernetes/pki/ca.crt" },
    },
    authorization: { mode: "Webhook", webhook: { cacheAuthorizedTTL: "0s", cacheUnauthorizedTTL: "0s" } },
    cgroupRoot: "/",
    clusterDNS: [TALOS_CLUSTER_DEFAULTS.clusterDns],
    clusterDomain: TALOS_CLUSTER_DEFAULTS.dnsDomain,
    containerRuntimeEndpoint: "unix:///run/containerd/containerd.sock",
    failSwapOn: false,
    featureGates: { LocalStorageCapacityIsolationFSQuotaMonitoring: true },
    kind: "KubeletConfiguration",
    kubeletCgroups: "/podruntime/kubelet",
    logging: { format: "json" },
    oomScoreAdj: -450,
    port: 10250,
    protectKernelDefaults: true,
    resolvConf: "/system/resolved/resolv.conf",
    rotateCertificates: true,
    seccompDefault: true,
    serializeImagePulls: false,
    shutdownGracePeriod: "30s",
    shutdownGracePeriodCriticalPods: "10s",
    staticPodURL: staticPodListURL,
    streamingConnectionIdleTimeout: "5m0s",
    systemCgroups: "/system",
    systemReserved: {
      cpu: "50m",
      "ephemeral-storage": "256Mi",
      memory: role === "controlplane" ? "512Mi" : "384Mi",
      pid: "100",
    },
    tlsMinVersion: "VersionTLS13",
  };
  if (role === "controlplane") {
    configuration.registerWithTaints = [{ effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane" }];
  }
  const kubeletSpec = {
    image,
    args: [
      "--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubeconfig",
      "--cert-dir=/var/lib/kubelet/pki",
      "--config=/etc/kubernetes/kubelet.yaml",
      `--hostname-override=${hostname}`,
      "--kubeconfig=/etc/kubernetes/kubeconfig-kubelet",
      `--node-ip=${ip}`,
    ],
    expectedNodename: hostname,
    // A map[string]any in Talos (converted from the typed KubeletConfiguration): keys sorted.
    config: Object.fromEntries(Object.entries(configuration).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  return [
    {
      namespace: "k8s",
      type: "KubeletConfigs.kubernetes.talos.dev",
      id: "kubelet",
      owner: "k8s.KubeletConfigController",
      version: 2,
      spec: kubeletConfig,
    },
    {
      namespace: "k8s",
      type: "KubeletSpecs.kubernetes.talos.dev",
      id: "kubelet",
      owner: "k8s.KubeletSpecController",
      version: 2,
      spec: kubeletSpec,
    },
  ];
}
