import type { TalosNodeSource } from "@/lib/server/collect/snapshot/talos-snapshot";

/** A node as the caller knows it from the Kubernetes node list. */
export interface KubernetesNodeHint {
  name: string;
  /** InternalIP (or another address the Talos endpoint can reach); "" when unknown. */
  address: string;
  role?: "controlplane" | "worker";
}

export interface TalosNodeTarget {
  /** The `node` routing value. */
  node: string;
  kubernetesName: string | null;
  sources: TalosNodeSource[];
  kubernetesRole: "controlplane" | "worker" | null;
}

/**
 * The nodes to read: the talosconfig's `nodes` first, then Kubernetes nodes not already among them
 * (matched by address or name), routed by address when known. With neither, the endpoint node
 * itself (routed by the endpoint host, which apid serves locally).
 */
export function resolveTalosNodes({
  talosconfigNodes,
  kubernetesNodes,
  endpointHost,
}: {
  talosconfigNodes: readonly string[];
  kubernetesNodes: readonly KubernetesNodeHint[];
  endpointHost: string;
}): TalosNodeTarget[] {
  const targets: TalosNodeTarget[] = [];
  for (const raw of talosconfigNodes) {
    const node = raw.trim();
    if (node === "" || targets.some((target) => target.node === node)) continue;
    targets.push({ node, kubernetesName: null, sources: ["talosconfig"], kubernetesRole: null });
  }
  for (const hint of kubernetesNodes) {
    const address = hint.address.trim();
    const name = hint.name.trim();
    const existing = targets.find(
      (target) => (address !== "" && target.node === address) || (name !== "" && target.node === name),
    );
    if (existing) {
      existing.kubernetesName ??= name || null;
      existing.kubernetesRole ??= hint.role ?? null;
      if (!existing.sources.includes("kubernetes")) existing.sources.push("kubernetes");
      continue;
    }
    const node = address || name;
    if (node === "") continue;
    targets.push({ node, kubernetesName: name || null, sources: ["kubernetes"], kubernetesRole: hint.role ?? null });
  }
  if (targets.length === 0) {
    targets.push({ node: endpointHost, kubernetesName: null, sources: ["endpoint"], kubernetesRole: null });
  }
  return targets;
}
