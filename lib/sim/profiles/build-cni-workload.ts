import type { ClusterBuildContext } from "@/lib/sim/scenario/objects/cluster-build-context";
import type { ContainerTemplate, WorkloadTemplate } from "@/lib/sim/scenario/objects/workload-template";

type DaemonSetFactory = (
  name: string,
  labels: Record<string, string>,
  container: ContainerTemplate,
  extra?: Partial<WorkloadTemplate["pod"]>,
) => WorkloadTemplate;

/**
 * The CNI DaemonSet: the one each platform ships (`tools.cni: platform`) — Flannel on Talos (its
 * default), Calico on these kubeadm clusters, the VPC CNI on EKS, Dataplane V2 (Cilium) on GKE,
 * Azure CNS on AKS — or the one the scenario names (Cilium replacing Flannel on hardened Talos).
 */
export function buildCniWorkload({
  spec,
  daemonSet,
}: {
  spec: ClusterBuildContext["spec"];
  daemonSet: DaemonSetFactory;
}): WorkloadTemplate {
  const networkAdmin = { capabilities: { add: ["NET_ADMIN", "NET_RAW"] }, privileged: false };
  const { cni } = spec.tools;
  if (cni === "cilium") {
    return daemonSet(
      "cilium",
      { "k8s-app": "cilium" },
      {
        name: "cilium-agent",
        image: "quay.io/cilium/cilium:v1.18.4",
        command: ["cilium-agent"],
        args: ["--config-dir=/tmp/cilium/config-map"],
        securityContext: { privileged: true },
        volumeMounts: [{ name: "cilium-run", mountPath: "/var/run/cilium" }],
      },
      { volumes: [{ name: "cilium-run", hostPath: { path: "/var/run/cilium", type: "DirectoryOrCreate" } }] },
    );
  }
  const isTalos = spec.profile.startsWith("talos-");
  if ((cni === "platform" && isTalos) || cni === "flannel") {
    return daemonSet(
      "kube-flannel",
      { "k8s-app": "flannel" },
      {
        name: "kube-flannel",
        image: isTalos ? "ghcr.io/siderolabs/flannel:v0.26.7" : "docker.io/flannel/flannel:v0.26.7",
        command: ["/opt/bin/flanneld", "--ip-masq", "--kube-subnet-mgr"],
        securityContext: networkAdmin,
        volumeMounts: [
          { name: "run", mountPath: "/run/flannel" },
          { name: "flannel-cfg", mountPath: "/etc/kube-flannel/" },
        ],
      },
      {
        volumes: [
          { name: "run", hostPath: { path: "/run/flannel", type: "" } },
          { name: "flannel-cfg", configMap: { name: "kube-flannel-cfg", defaultMode: 420 } },
        ],
      },
    );
  }
  if (spec.profile !== "managed" || cni === "calico") {
    return daemonSet(
      "calico-node",
      { "k8s-app": "calico-node" },
      {
        name: "calico-node",
        image: "docker.io/calico/node:v3.29.1",
        securityContext: { privileged: true },
        volumeMounts: [
          { name: "var-run-calico", mountPath: "/var/run/calico" },
          { name: "lib-modules", mountPath: "/lib/modules", readOnly: true },
        ],
      },
      {
        volumes: [
          { name: "var-run-calico", hostPath: { path: "/var/run/calico", type: "DirectoryOrCreate" } },
          { name: "lib-modules", hostPath: { path: "/lib/modules", type: "" } },
        ],
      },
    );
  }
  if (spec.managedFlavor === "gke") {
    return daemonSet(
      "anetd",
      { "k8s-app": "cilium" },
      {
        name: "cilium-agent",
        image: "gke.gcr.io/cilium/cilium:v1.15.16-gke.100",
        securityContext: { privileged: true },
      },
    );
  }
  if (spec.managedFlavor === "aks") {
    return daemonSet(
      "azure-cns",
      { "k8s-app": "azure-cns" },
      {
        name: "cns-container",
        image: "mcr.microsoft.com/containernetworking/azure-cns:v1.6.18",
        securityContext: networkAdmin,
      },
    );
  }
  const ecr = "602401143452.dkr.ecr.eu-central-1.amazonaws.com";
  // The EKS add-on's node agent enforces NetworkPolicies once enabled (as a team with default-deny policies does).
  return daemonSet(
    "aws-node",
    { "k8s-app": "aws-node" },
    {
      name: "aws-node",
      image: `${ecr}/amazon-k8s-cni:v1.19.0-eksbuild.1`,
      securityContext: networkAdmin,
    },
    {
      containers: [
        { name: "aws-node", image: `${ecr}/amazon-k8s-cni:v1.19.0-eksbuild.1`, securityContext: networkAdmin },
        {
          name: "aws-eks-nodeagent",
          image: `${ecr}/amazon/aws-network-policy-agent:v1.2.0-eksbuild.1`,
          args: ["--enable-ipv6=false", "--enable-network-policy=true", "--enable-cloudwatch-logs=false"],
          securityContext: { capabilities: { add: ["NET_ADMIN"] }, privileged: true },
        },
      ],
    },
  );
}
