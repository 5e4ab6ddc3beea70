import type { KubeObject } from "@/lib/sim/model";
import { describeNodeOs } from "@/lib/sim/profiles/describe-node-os";
import { hashHex } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import { formatKubeTime } from "./object-factory";

/**
 * Node objects as the kubelet registers them: role label and NoSchedule taint on control planes,
 * the platform's OS image, kernel and container runtime in `nodeInfo`, Ready conditions with a
 * heartbeat at "now", and the cloud's labels and providerID on managed clusters.
 */
export function buildNodeObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, nodes, now } = context;
  const os = describeNodeOs({ spec });
  const heartbeat = formatKubeTime({ time: now });
  const isManaged = spec.profile === "managed";
  return nodes.map((node, index) => {
    const isControlPlane = node.role === "controlplane";
    const zone = `eu-central-1${"abc"[index % 3]}`;
    const labels: Record<string, string> = {
      "beta.kubernetes.io/arch": "amd64",
      "beta.kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
      "kubernetes.io/hostname": node.name,
      "kubernetes.io/os": "linux",
      ...(isControlPlane
        ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" }
        : {}),
      ...(isManaged
        ? {
            "node.kubernetes.io/instance-type": "m6i.2xlarge",
            "topology.kubernetes.io/region": "eu-central-1",
            "topology.kubernetes.io/zone": zone,
          }
        : {}),
      ...(isManaged && spec.managedFlavor === "eks"
        ? { "eks.amazonaws.com/nodegroup": "default", "eks.amazonaws.com/capacityType": "ON_DEMAND" }
        : {}),
    };
    const annotations: Record<string, string> = {
      "node.alpha.kubernetes.io/ttl": "0",
      "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      ...(spec.profile.startsWith("kubeadm-")
        ? { "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock" }
        : {}),
    };
    const machineId = hashHex({ key: `machine:${spec.seed}:${node.name}`, length: 32 });
    const created = new Date(context.createdAt.getTime() + (isControlPlane ? 0 : 10 * 60_000));
    return {
      apiVersion: "v1",
      kind: "Node",
      metadata: context.factory.meta({ kind: "Node", name: node.name, created, labels, annotations }),
      spec: {
        podCIDR: `10.${244 + Math.floor(index / 256)}.${index % 256}.0/24`,
        podCIDRs: [`10.${244 + Math.floor(index / 256)}.${index % 256}.0/24`],
        ...(isManaged
          ? {
              providerID:
                spec.managedFlavor === "eks"
                  ? `aws:///${zone}/i-0${machineId.slice(0, 16)}`
                  : spec.managedFlavor === "gke"
                    ? `gce://port-authority-prod/${zone}/${node.name}`
                    : `azure:///subscriptions/${machineId.slice(0, 8)}/resourceGroups/mc_port/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1/virtualMachines/${index}`,
            }
          : {}),
        ...(isControlPlane ? { taints: [{ effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane" }] } : {}),
      },
      status: {
        addresses: [
          { type: "InternalIP", address: node.ip },
          { type: "Hostname", address: node.name },
        ],
        allocatable: {
          cpu: isControlPlane ? "3950m" : "7910m",
          "ephemeral-storage": "94580335255",
          memory: isControlPlane ? "7687292Ki" : "31716880Ki",
          pods: "110",
        },
        capacity: {
          cpu: isControlPlane ? "4" : "8",
          "ephemeral-storage": "102626232Ki",
          memory: isControlPlane ? "8098892Ki" : "32740876Ki",
          pods: "110",
        },
        conditions: [
          ["MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
          ["DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
          ["PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
          ["Ready", "True", "KubeletReady", "kubelet is posting ready status"],
        ].map(([type, status, reason, message]) => ({
          type,
          status,
          reason,
          message,
          lastHeartbeatTime: heartbeat,
          lastTransitionTime: formatKubeTime({ time: created }),
        })),
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: {
          architecture: "amd64",
          bootID: hashHex({
            key: `boot:${spec.seed}:${node.name}:${now.toISOString().slice(0, 10)}`,
            length: 32,
          }).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
          containerRuntimeVersion: os.containerRuntimeVersion,
          kernelVersion: os.kernelVersion,
          kubeProxyVersion: "",
          kubeletVersion: `v${spec.kubernetesVersion}`,
          machineID: machineId,
          operatingSystem: "linux",
          osImage: os.osImage,
          systemUUID: hashHex({ key: `uuid:${spec.seed}:${node.name}`, length: 32 }).replace(
            /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
            "$1-$2-$3-$4-$5",
          ),
        },
      },
    };
  });
}
