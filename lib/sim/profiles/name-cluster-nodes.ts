import type { SimNode } from "@/lib/sim/model";
import type { ClusterSpec } from "@/lib/sim/scenario/cluster-spec";
import { hashHex, hashKey } from "@/lib/sim/scenario/hash-key";

type NodeNamingSpec = Pick<ClusterSpec, "name" | "profile" | "managedFlavor" | "controlPlanes" | "workers" | "seed">;

/**
 * The cluster's nodes with names and IPs as the platform would give them: `<cluster>-cp-01` /
 * `<cluster>-w-01` on Talos and kubeadm (machines named by their admins), EC2 private DNS names
 * on EKS, `gke-…-default-pool-…` on GKE and VM scale-set names on AKS. Each cluster gets its own
 * 10.x.y.0/22 (more for big clusters), derived from its name.
 */
export function nameClusterNodes({ spec }: { spec: NodeNamingSpec }): SimNode[] {
  const [first = 0, second = 0] = hashKey({ key: `subnet:${spec.name}` });
  const secondOctet = 16 + (first % 200);
  const thirdBase = (second % 32) * 8;
  const ipOf = (position: number) =>
    `10.${secondOctet}.${(thirdBase + Math.floor(position / 200)) % 256}.${10 + (position % 200)}`;
  const width = Math.max(2, String(Math.max(spec.controlPlanes, spec.workers)).length);
  const number = (index: number) => String(index + 1).padStart(width, "0");
  const nodes: SimNode[] = [];
  if (spec.profile !== "managed") {
    for (let index = 0; index < spec.controlPlanes; index += 1) {
      nodes.push({ name: `${spec.name}-cp-${number(index)}`, ip: ipOf(index), role: "controlplane" });
    }
  }
  const workerOffset = spec.profile === "managed" ? 0 : spec.controlPlanes;
  for (let index = 0; index < spec.workers; index += 1) {
    const ip = ipOf(workerOffset + index);
    nodes.push({ name: workerName({ spec, index, ip, number: number(index) }), ip, role: "worker" });
  }
  return nodes;
}

function workerName({ spec, index, ip, number }: { spec: NodeNamingSpec; index: number; ip: string; number: string }) {
  if (spec.profile !== "managed") return `${spec.name}-w-${number}`;
  if (spec.managedFlavor === "eks") return `ip-${ip.replaceAll(".", "-")}.eu-central-1.compute.internal`;
  if (spec.managedFlavor === "gke") {
    const pool = hashHex({ key: `gke-pool:${spec.seed}:${spec.name}`, length: 8 });
    const suffix = hashHex({ key: `gke-node:${spec.seed}:${spec.name}:${index}`, length: 4 });
    return `gke-${spec.name.slice(0, 20)}-default-pool-${pool}-${suffix}`;
  }
  const scaleSet = String(hashKey({ key: `aks-vmss:${spec.seed}:${spec.name}` })[0] % 100_000_000).padStart(8, "0");
  return `aks-nodepool1-${scaleSet}-vmss${index.toString(36).padStart(6, "0")}`;
}
