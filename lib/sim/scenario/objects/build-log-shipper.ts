import type { ClusterBuildContext } from "./cluster-build-context";
import type { ContainerTemplate, WorkloadTemplate } from "./workload-template";

/** Each shipper's container as its Helm chart runs it as a node agent; all read the host's /var/log. */
const SHIPPERS: Record<
  ClusterBuildContext["spec"]["tools"]["logShipper"],
  { container: Omit<ContainerTemplate, "volumeMounts">; configPath: string }
> = {
  "fluent-bit": {
    container: {
      name: "fluent-bit",
      image: "cr.fluentbit.io/fluent/fluent-bit:3.2.2",
      ports: [{ name: "http", containerPort: 2020 }],
    },
    configPath: "/fluent-bit/etc/conf",
  },
  vector: {
    container: {
      name: "vector",
      image: "timberio/vector:0.49.0-distroless-libc",
      args: ["--config-dir", "/etc/vector/"],
      ports: [{ name: "prom-exporter", containerPort: 9090 }],
    },
    configPath: "/etc/vector",
  },
  fluentd: {
    container: {
      name: "fluentd",
      image: "fluent/fluentd-kubernetes-daemonset:v1.18-debian-forward-1",
      ports: [{ name: "metrics", containerPort: 24231 }],
    },
    configPath: "/fluentd/etc",
  },
};

/**
 * The log-shipping DaemonSet of the `logging` namespace (`tools.logShipper`): on every node, as root,
 * with the host's /var/log mounted read-only (where the kubelet's pod logs and, on control planes,
 * the API server's audit log are) and its configuration from a ConfigMap of its own name.
 */
export function buildLogShipper({
  context,
  created,
}: {
  context: ClusterBuildContext;
  created: Date;
}): WorkloadTemplate {
  const shipper = context.spec.tools.logShipper;
  const { container, configPath } = SHIPPERS[shipper];
  return {
    kind: "DaemonSet",
    namespace: "logging",
    name: shipper,
    serviceAccountName: shipper,
    created,
    labels: { "app.kubernetes.io/part-of": "logging" },
    pod: {
      tolerations: [{ operator: "Exists" }],
      containers: [
        {
          ...container,
          volumeMounts: [
            { name: "varlog", mountPath: "/var/log", readOnly: true },
            { name: "config", mountPath: configPath },
          ],
        },
      ],
      volumes: [
        { name: "varlog", hostPath: { path: "/var/log", type: "" } },
        { name: "config", configMap: { name: shipper, defaultMode: 420 } },
      ],
    },
  };
}
