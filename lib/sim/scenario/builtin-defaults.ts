import type { ClusterSettings } from "./cluster-settings-schema";

/**
 * What a cluster is when neither the scenario nor its profile says otherwise. Versions are those
 * of a current Talos release and its default Kubernetes (reference/talos-api.md, Talos v1.12).
 */
export const BUILTIN_DEFAULTS: ClusterSettings = {
  environment: "on-prem",
  site: "default",
  labels: {},
  profile: "talos-default",
  kubernetesVersion: "1.35.2",
  talosVersion: "v1.12.4",
  managedFlavor: "eks",
  nodes: { controlPlanes: 1, workers: 2 },
  workloads: {
    namespaces: 4,
    deploymentsPerNamespace: 3,
    replicas: 2,
    statefulSetsPerNamespace: 0,
    cronJobsPerNamespace: 1,
  },
  namespaces: [],
  apiServerFlags: {},
  // The profiles decide the rest of `admission`; these tools are off unless a scenario asks.
  admission: { kubewarden: "off", ratify: false, rejectCriticalCves: "off" },
  tools: {
    cni: "platform",
    kyvernoGenerateDefaultDeny: false,
    externalSecrets: false,
    sealedSecrets: false,
    trivyOperator: false,
    logShipper: "fluent-bit",
    vaultCsi: false,
    kasten: { enabled: false, lastSuccessHoursAgo: 0 },
    gitOps: { tool: "none", selfHeal: true },
    falco: { enabled: false, onControlPlanes: true, rules: true },
    velero: { enabled: false, schedule: "0 1 * * *", lastSuccessHoursAgo: 3 },
  },
  kubeletConfig: {},
  talos: { nodeDrift: {}, role: "os:reader" },
  faults: { kube: {}, talos: {} },
  extraObjects: [],
};
