import type { ClusterBuildContext } from "@/lib/sim/scenario/objects/cluster-build-context";
import type { ContainerTemplate, WorkloadTemplate } from "@/lib/sim/scenario/objects/workload-template";
import { buildCniWorkload } from "./build-cni-workload";
import { buildEtcdBackupWorkload } from "./build-etcd-backup-workload";
import { corednsImageTag } from "./kubernetes-component-images";

const EVERYWHERE = [{ operator: "Exists" }];
const CONTROL_PLANE_TOLERATION = [
  { key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" },
];

/**
 * The platform's own workloads in kube-system: CoreDNS, kube-proxy (privileged, host network),
 * the CNI each platform ships (Flannel on Talos, Calico on these kubeadm clusters, the cloud's own
 * on managed ones) and, where the cluster backs up etcd itself, the backup CronJob: siderolabs
 * talos-backup on Talos (through the Talos API), `etcdctl snapshot save` on kubeadm.
 */
export function listSystemWorkloads({ context }: { context: ClusterBuildContext }): WorkloadTemplate[] {
  const { spec, createdAt } = context;
  const version = spec.kubernetesVersion;
  const family = spec.profile.startsWith("talos-") ? "talos" : spec.profile === "managed" ? "managed" : "kubeadm";
  const daemonSet = (
    name: string,
    labels: Record<string, string>,
    container: ContainerTemplate,
    extra: Partial<WorkloadTemplate["pod"]> = {},
  ): WorkloadTemplate => ({
    kind: "DaemonSet",
    namespace: "kube-system",
    name,
    labels,
    serviceAccountName: name,
    created: createdAt,
    pod: {
      hostNetwork: true,
      priorityClassName: "system-node-critical",
      tolerations: EVERYWHERE,
      containers: [container],
      ...extra,
    },
  });
  const proxyImage =
    family === "managed" && spec.managedFlavor === "eks"
      ? `602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/kube-proxy:v${version.split("-")[0]}-minimal-eksbuild.3`
      : `registry.k8s.io/kube-proxy:v${version.split("-")[0]}`;
  const templates: WorkloadTemplate[] = [
    {
      kind: "Deployment",
      namespace: "kube-system",
      name: "coredns",
      app: "coredns",
      labels: { "k8s-app": "kube-dns" },
      serviceAccountName: "coredns",
      replicas: 2,
      created: createdAt,
      hasService: true,
      pod: {
        priorityClassName: "system-cluster-critical",
        tolerations: CONTROL_PLANE_TOLERATION,
        containers: [
          {
            name: "coredns",
            image: `registry.k8s.io/coredns/coredns:${corednsImageTag({ kubernetesVersion: version })}`,
            args: ["-conf", "/etc/coredns/Corefile"],
            ports: [
              { name: "dns", containerPort: 53, protocol: "UDP" },
              { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
            ],
            resources: { requests: { cpu: "100m", memory: "70Mi" }, limits: { memory: "170Mi" } },
            securityContext: {
              allowPrivilegeEscalation: false,
              capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] },
              readOnlyRootFilesystem: true,
            },
            volumeMounts: [{ name: "config-volume", mountPath: "/etc/coredns", readOnly: true }],
          },
        ],
        volumes: [
          {
            name: "config-volume",
            configMap: { name: "coredns", items: [{ key: "Corefile", path: "Corefile" }], defaultMode: 420 },
          },
        ],
      },
    },
    daemonSet(
      "kube-proxy",
      { "k8s-app": "kube-proxy" },
      {
        name: "kube-proxy",
        image: proxyImage,
        command: [
          "/usr/local/bin/kube-proxy",
          "--config=/var/lib/kube-proxy/config.conf",
          "--hostname-override=$(NODE_NAME)",
        ],
        securityContext: { privileged: true },
        volumeMounts: [
          { name: "kube-proxy", mountPath: "/var/lib/kube-proxy" },
          { name: "xtables-lock", mountPath: "/run/xtables.lock" },
          { name: "lib-modules", mountPath: "/lib/modules", readOnly: true },
        ],
      },
      {
        volumes: [
          { name: "kube-proxy", configMap: { name: "kube-proxy", defaultMode: 420 } },
          { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
          { name: "lib-modules", hostPath: { path: "/lib/modules", type: "" } },
        ],
      },
    ),
    buildCniWorkload({ spec, daemonSet }),
  ];
  if (family === "kubeadm") {
    templates.push({
      kind: "Deployment",
      namespace: "kube-system",
      name: "calico-kube-controllers",
      labels: { "k8s-app": "calico-kube-controllers" },
      serviceAccountName: "calico-kube-controllers",
      replicas: 1,
      created: createdAt,
      pod: {
        priorityClassName: "system-cluster-critical",
        tolerations: CONTROL_PLANE_TOLERATION,
        containers: [
          {
            name: "calico-kube-controllers",
            image: "docker.io/calico/kube-controllers:v3.29.1",
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 999,
              allowPrivilegeEscalation: false,
              capabilities: { drop: ["ALL"] },
            },
          },
        ],
      },
    });
  }
  if (spec.etcdBackup.enabled && family !== "managed") templates.push(buildEtcdBackupWorkload({ context, family }));
  return templates;
}
