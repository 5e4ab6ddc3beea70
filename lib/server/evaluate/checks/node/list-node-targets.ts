import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeNode } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";

/** A node read (or tried) through the Talos API. */
export interface TalosNodeTarget {
  kind: "talos";
  /** The subject name: the Kubernetes node name when known, else the Talos `node` value. */
  name: string;
  /** Evidence path prefix, `talos.nodes[<node>]`. */
  path: string;
  talos: TalosNodeSnapshot;
  kube: KubeNode | null;
}

/** A node known only from the Kubernetes node list. */
export interface KubeNodeTarget {
  kind: "kubernetes";
  name: string;
  /** Evidence path prefix, `kubernetes.nodes[<name>]`. */
  path: string;
  kube: KubeNode;
}

export type NodeTarget = TalosNodeTarget | KubeNodeTarget;

export interface NodeInventory {
  targets: NodeTarget[];
  /** Why no node could be listed (only filled when `targets` is empty). */
  errors: CollectionError[];
}

/**
 * Every node of the cluster once: the Talos nodes (matched to their Kubernetes node by name), then
 * Kubernetes nodes the Talos part does not cover. A Talos entry whose Kubernetes node is not Talos
 * (the collector tries every Kubernetes node) is a Kubernetes target: it serves no Talos API.
 */
export function listNodeTargets({ snapshot }: { snapshot: StoredSnapshot }): NodeInventory {
  const kubeNodes = snapshot.kubernetes.nodes.data ?? [];
  const targets: NodeTarget[] = [];
  const covered = new Set<string>();
  for (const talos of snapshot.talos?.nodes ?? []) {
    const kube = kubeNodes.find((candidate) => candidate.name === talos.kubernetesName) ?? null;
    if (kube) covered.add(kube.name);
    if (kube && !kube.isTalos) {
      targets.push(toKubeTarget(kube));
      continue;
    }
    targets.push({ kind: "talos", name: kube?.name ?? talos.node, path: `talos.nodes[${talos.node}]`, talos, kube });
  }
  for (const kube of kubeNodes) {
    if (!covered.has(kube.name)) targets.push(toKubeTarget(kube));
  }
  const errors =
    targets.length > 0 ? [] : [...snapshot.kubernetes.nodes.errors, ...(snapshot.talos?.endpoint.errors ?? [])];
  return { targets, errors };
}

function toKubeTarget(kube: KubeNode): KubeNodeTarget {
  return { kind: "kubernetes", name: kube.name, path: `kubernetes.nodes[${kube.name}]`, kube };
}
