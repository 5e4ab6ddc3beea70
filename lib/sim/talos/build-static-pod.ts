import { isTalosAtLeast, parseKubernetesVersion, type TalosVersion } from "./talos-version";

export type ControlPlaneComponent = "kube-apiserver" | "kube-controller-manager" | "kube-scheduler";

interface ComponentLayout {
  image: string;
  runAs: number;
  requests: { cpu: string; memory: string };
  /** hostPath volumes mounted read-only except `audit`. */
  volumes: { name: string; path: string; readOnly: boolean }[];
}

const LAYOUT: Record<ControlPlaneComponent, ComponentLayout> = {
  "kube-apiserver": {
    image: "registry.k8s.io/kube-apiserver",
    runAs: 65534,
    requests: { cpu: "200m", memory: "512Mi" },
    volumes: [
      { name: "secrets", path: "/system/secrets/kubernetes/kube-apiserver", readOnly: true },
      { name: "config", path: "/system/config/kubernetes/kube-apiserver", readOnly: true },
      { name: "audit", path: "/var/log/audit/kube", readOnly: false },
    ],
  },
  "kube-controller-manager": {
    image: "registry.k8s.io/kube-controller-manager",
    runAs: 65535,
    requests: { cpu: "50m", memory: "256Mi" },
    volumes: [{ name: "secrets", path: "/system/secrets/kubernetes/kube-controller-manager", readOnly: true }],
  },
  "kube-scheduler": {
    image: "registry.k8s.io/kube-scheduler",
    runAs: 65536,
    requests: { cpu: "10m", memory: "64Mi" },
    volumes: [
      { name: "secrets", path: "/system/secrets/kubernetes/kube-scheduler", readOnly: true },
      { name: "config", path: "/system/config/kubernetes/kube-scheduler", readOnly: true },
    ],
  },
};

/**
 * The Pod object Talos puts in a `StaticPods.kubernetes.talos.dev` resource (and serves to the
 * kubelet): labels, version annotations, non-root security context, hostPath volumes, probes.
 * v1.14 adds a read-only root filesystem with tmpfs `/tmp` and `/var/run/kubernetes`, and
 * kube-apiserver probes when the structured authentication config allows anonymous health checks.
 */
export function buildStaticPod({
  component,
  version,
  kubernetesVersion,
  command,
  configVersion,
  secretsVersion,
  apiServerProbes,
}: {
  component: ControlPlaneComponent;
  version: TalosVersion;
  kubernetesVersion: string;
  command: string[];
  /** talos.dev/config-version annotation: the version of the component's config resource. */
  configVersion: number;
  secretsVersion: number;
  apiServerProbes: boolean;
}): Record<string, unknown> {
  const layout = LAYOUT[component];
  const is114 = isTalosAtLeast(version, 14);
  const k8s = parseKubernetesVersion(kubernetesVersion);
  const annotations: Record<string, string> = {
    "talos.dev/config-version": String(configVersion),
    "talos.dev/secrets-version": String(secretsVersion),
  };
  if (component === "kube-apiserver") annotations["talos.dev/config-file-version"] = String(configVersion);
  const volumeMounts: Record<string, unknown>[] = layout.volumes.map((volume) =>
    volume.readOnly
      ? { mountPath: volume.path, name: volume.name, readOnly: true }
      : { mountPath: volume.path, name: volume.name },
  );
  const volumes: Record<string, unknown>[] = layout.volumes.map((volume) => ({
    hostPath: { path: volume.path },
    name: volume.name,
  }));
  if (is114) {
    volumeMounts.push({ mountPath: "/tmp", name: "tmp" }, { mountPath: "/var/run/kubernetes", name: "run" });
    volumes.push({ emptyDir: { medium: "Memory" }, name: "tmp" }, { emptyDir: { medium: "Memory" }, name: "run" });
  }
  const securityContext: Record<string, unknown> = {
    allowPrivilegeEscalation: false,
    capabilities: component === "kube-apiserver" ? { add: ["NET_BIND_SERVICE"], drop: ["ALL"] } : { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  };
  if (is114) securityContext.readOnlyRootFilesystem = true;
  const container: Record<string, unknown> = {
    command,
    env: [{ name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } }],
    image: `${layout.image}:v${k8s.text}`,
    name: component,
    resources: { requests: layout.requests },
    securityContext,
    volumeMounts,
    ...buildProbes({ component, is114, k8sMinor: k8s.minor, apiServerProbes }),
  };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      annotations,
      labels: {
        "app.kubernetes.io/component": "control-plane",
        "app.kubernetes.io/managed-by": "Talos",
        "app.kubernetes.io/name": component,
        "app.kubernetes.io/version": k8s.text,
        component,
        "k8s-app": component,
        tier: "control-plane",
      },
      name: component,
      namespace: "kube-system",
    },
    spec: {
      containers: [container],
      hostNetwork: true,
      priority: 2000000000,
      priorityClassName: "system-cluster-critical",
      securityContext: { runAsGroup: layout.runAs, runAsNonRoot: true, runAsUser: layout.runAs },
      volumes,
    },
    status: {},
  };
}

function httpsProbe(path: string, port: number, extra: Record<string, number>): Record<string, unknown> {
  return { httpGet: { host: "localhost", path, port, scheme: "HTTPS" }, ...extra };
}

function buildProbes({
  component,
  is114,
  k8sMinor,
  apiServerProbes,
}: {
  component: ControlPlaneComponent;
  is114: boolean;
  k8sMinor: number;
  apiServerProbes: boolean;
}): Record<string, unknown> {
  const timeout: Record<string, number> = is114 ? { timeoutSeconds: 15 } : {};
  if (component === "kube-controller-manager") {
    return {
      livenessProbe: httpsProbe("/healthz", 10257, { timeoutSeconds: 15 }),
      startupProbe: httpsProbe("/healthz", 10257, { failureThreshold: 12, periodSeconds: 5, ...timeout }),
    };
  }
  if (component === "kube-scheduler") {
    // /livez and /readyz exist from Kubernetes 1.31; older schedulers only have /healthz.
    const live = k8sMinor >= 31 ? "/livez" : "/healthz";
    const ready = k8sMinor >= 31 ? "/readyz" : "/healthz";
    return {
      livenessProbe: httpsProbe(live, 10259, timeout),
      readinessProbe: httpsProbe(ready, 10259, timeout),
      startupProbe: httpsProbe(
        live,
        10259,
        is114 ? { failureThreshold: 12, periodSeconds: 5, timeoutSeconds: 15 } : {},
      ),
    };
  }
  if (!apiServerProbes) return {};
  return {
    livenessProbe: httpsProbe("/livez", 6443, {
      failureThreshold: 8,
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 15,
    }),
    readinessProbe: httpsProbe("/readyz", 6443, { failureThreshold: 3, periodSeconds: 1, timeoutSeconds: 15 }),
    startupProbe: httpsProbe("/livez", 6443, {
      failureThreshold: 24,
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 15,
    }),
  };
}
