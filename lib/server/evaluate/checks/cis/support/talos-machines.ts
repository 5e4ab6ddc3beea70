import type { KubeNode } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/** A Talos machine as the CIS checks see it: read through the Talos API, or known only from Kubernetes. */
export interface TalosMachine {
  /** Subject name: the Kubernetes node name when known, else the Talos `node` value. */
  name: string;
  /** Evidence path prefix: `talos.nodes[<node>]` or `kubernetes.nodes[<name>]`. */
  path: string;
  role: "controlplane" | "worker" | null;
  /** null when the cluster has no talosconfig (the node is Talos per its OS image only). */
  talos: TalosNodeSnapshot | null;
  /** What shows that the node runs Talos (version tag or OS image). */
  identity: EvidenceItem[];
}

function roleOfTalosNode(node: TalosNodeSnapshot): TalosMachine["role"] {
  const type = node.machineType.data;
  if (type === "controlplane" || type === "init") return "controlplane";
  if (type === "worker") return "worker";
  if (node.staticPods.isApplicable === true) return "controlplane";
  if (node.staticPods.isApplicable === false) return "worker";
  return node.kubernetesRole;
}

function roleOfKubeNode(node: KubeNode): TalosMachine["role"] {
  return node.roles.includes("control-plane") || node.roles.includes("master") ? "controlplane" : "worker";
}

/**
 * Every Talos machine of a Talos cluster: the nodes of the Talos part, else the Kubernetes nodes
 * whose OS image is Talos. A machine with no identity evidence (neither its Talos version nor its
 * OS image could be read) is still listed, with an empty `identity`, so callers can say UNKNOWN.
 */
export function listTalosMachines({ snapshot }: Pick<EvaluationContext, "snapshot">): TalosMachine[] {
  const kubeNodes = snapshot.kubernetes.nodes.data ?? [];
  if (snapshot.talos && snapshot.talos.nodes.length > 0) {
    return snapshot.talos.nodes.map((node) => {
      const path = `talos.nodes[${node.node}]`;
      const kube = kubeNodes.find((candidate) => candidate.name === node.kubernetesName);
      const identity: EvidenceItem[] = [];
      if (node.version.data) identity.push({ source: `${path}.version.tag`, value: node.version.data.tag });
      else if (kube?.isTalos) identity.push({ source: `kubernetes.nodes[${kube.name}].osImage`, value: kube.osImage });
      if (node.machineType.data) identity.push({ source: `${path}.machineType`, value: node.machineType.data });
      return { name: node.kubernetesName ?? node.node, path, role: roleOfTalosNode(node), talos: node, identity };
    });
  }
  return kubeNodes
    .filter((node) => node.isTalos)
    .map((node) => ({
      name: node.name,
      path: `kubernetes.nodes[${node.name}]`,
      role: roleOfKubeNode(node),
      talos: null,
      identity: [{ source: `kubernetes.nodes[${node.name}].osImage`, value: node.osImage }],
    }));
}
