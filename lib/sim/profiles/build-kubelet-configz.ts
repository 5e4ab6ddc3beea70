import type { ClusterSpec } from "@/lib/sim/scenario/cluster-spec";
import { mergeSettings } from "@/lib/sim/scenario/merge-settings";

// What /configz reports besides the config file: the kubelet's own defaults (KubeletConfiguration
// v1beta1 SetDefaults). Fields the kubelet omits when zero (e.g. readOnlyPort: 0) stay absent.
const KUBELET_DEFAULTS: Record<string, unknown> = {
  enableServer: true,
  syncFrequency: "1m0s",
  fileCheckFrequency: "20s",
  httpCheckFrequency: "20s",
  port: 10250,
  registryPullQPS: 5,
  registryBurst: 10,
  eventRecordQPS: 50,
  eventBurst: 100,
  enableDebuggingHandlers: true,
  healthzPort: 10248,
  healthzBindAddress: "127.0.0.1",
  oomScoreAdj: -999,
  streamingConnectionIdleTimeout: "4h0m0s",
  nodeStatusUpdateFrequency: "10s",
  imageGCHighThresholdPercent: 85,
  imageGCLowThresholdPercent: 80,
  cgroupsPerQOS: true,
  cgroupDriver: "systemd",
  cpuManagerPolicy: "none",
  runtimeRequestTimeout: "2m0s",
  hairpinMode: "promiscuous-bridge",
  maxPods: 110,
  podPidsLimit: -1,
  makeIPTablesUtilChains: true,
  serializeImagePulls: true,
  failSwapOn: true,
  containerLogMaxSize: "10Mi",
  containerLogMaxFiles: 5,
  enforceNodeAllocatable: ["pods"],
  localStorageCapacityIsolation: true,
  logging: { format: "text" },
};

// kubeadm's generated /var/lib/kubelet/config.yaml (cmd/kubeadm/app/componentconfigs/kubelet.go).
const KUBEADM_FILE: Record<string, unknown> = {
  authentication: {
    anonymous: { enabled: false },
    webhook: { cacheTTL: "0s", enabled: true },
    x509: { clientCAFile: "/etc/kubernetes/pki/ca.crt" },
  },
  authorization: { mode: "Webhook", webhook: { cacheAuthorizedTTL: "0s", cacheUnauthorizedTTL: "0s" } },
  clusterDNS: ["10.96.0.10"],
  clusterDomain: "cluster.local",
  containerRuntimeEndpoint: "unix:///var/run/containerd/containerd.sock",
  resolvConf: "/run/systemd/resolve/resolv.conf",
  rotateCertificates: true,
  staticPodPath: "/etc/kubernetes/manifests",
  shutdownGracePeriod: "0s",
};

// CIS Kubernetes 4.2.x: what a hardened kubeadm cluster adds.
const HARDENED: Record<string, unknown> = {
  protectKernelDefaults: true,
  streamingConnectionIdleTimeout: "5m0s",
  eventRecordQPS: 5,
  serverTLSBootstrap: true,
  seccompDefault: true,
  tlsMinVersion: "VersionTLS12",
  tlsCipherSuites: [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  ],
  featureGates: { RotateKubeletServerCertificate: true },
};

const MANAGED: Record<ClusterSpec["managedFlavor"], Record<string, unknown>> = {
  eks: {
    ...KUBEADM_FILE,
    staticPodPath: "/etc/kubernetes/static-pods",
    protectKernelDefaults: true,
    serverTLSBootstrap: true,
    clusterDNS: ["172.20.0.10"],
    authentication: {
      anonymous: { enabled: false },
      webhook: { cacheTTL: "2m0s", enabled: true },
      x509: { clientCAFile: "/etc/kubernetes/pki/ca.crt" },
    },
  },
  // GKE kept the kubelet's read-only port open by default for years (GKE CIS 3.2.4).
  gke: {
    ...KUBEADM_FILE,
    readOnlyPort: 10255,
    staticPodPath: "/etc/kubernetes/manifests",
    protectKernelDefaults: true,
    clusterDNS: ["10.0.0.10"],
  },
  aks: {
    ...KUBEADM_FILE,
    protectKernelDefaults: true,
    clusterDNS: ["10.0.0.10"],
    tlsCipherSuites: HARDENED.tlsCipherSuites,
  },
};

/**
 * The kubelet configuration /configz reports for one node of a non-Talos profile (Talos nodes
 * take theirs from the Talos simulator's KubeletSpec, see build-talos-cluster). The scenario's
 * `kubeletConfig` is merged last.
 */
export function buildKubeletConfigz({
  spec,
  talosConfig,
}: {
  spec: Pick<ClusterSpec, "profile" | "managedFlavor" | "kubeletConfig">;
  /** KubeletSpec `.spec.config` of a Talos node. */
  talosConfig?: Record<string, unknown>;
}): Record<string, unknown> {
  let file: Record<string, unknown>;
  if (talosConfig) file = talosConfig;
  else if (spec.profile === "managed") file = MANAGED[spec.managedFlavor];
  else if (spec.profile === "kubeadm-hardened") file = { ...KUBEADM_FILE, ...HARDENED };
  else file = KUBEADM_FILE;
  const { apiVersion: _apiVersion, kind: _kind, ...fields } = file;
  return mergeSettings<Record<string, unknown>>({ layers: [KUBELET_DEFAULTS, fields, spec.kubeletConfig] });
}
