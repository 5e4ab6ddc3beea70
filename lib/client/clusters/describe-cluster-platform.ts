import type { NodeListView } from "@/lib/shared/node-view";

const PLATFORM_NAMES: Record<NonNullable<NodeListView["platform"]>, string> = {
  talos: "Talos Linux",
  kubeadm: "kubeadm",
  managed: "Managed control plane",
};

/** One version and how many nodes run it. */
export interface VersionShare {
  version: string;
  nodes: number;
}

export interface ClusterPlatformSummary {
  /** "Talos Linux", "kubeadm", "Managed control plane"; null before the first collection. */
  platform: string | null;
  /** The API server's version; null when not read. */
  kubernetes: string | null;
  /** Kubelet versions across nodes, most common first; more than one entry means version skew. */
  kubelets: VersionShare[];
  /** Talos versions across the nodes that run Talos, most common first. */
  talos: VersionShare[];
  nodeCount: number;
}

function countVersions(values: (string | null)[]): VersionShare[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([version, nodes]) => ({ version, nodes }))
    .sort((a, b) => b.nodes - a.nodes || a.version.localeCompare(b.version));
}

/** What the cluster page header says about the platform and versions, from the nodes view. */
export function describeClusterPlatform(view: NodeListView): ClusterPlatformSummary {
  return {
    platform: view.platform ? PLATFORM_NAMES[view.platform] : null,
    kubernetes: view.kubernetesVersion,
    kubelets: countVersions(view.nodes.map((node) => node.kubeletVersion)),
    talos: countVersions(view.nodes.filter((node) => node.isTalos).map((node) => node.talosVersion)),
    nodeCount: view.nodes.length,
  };
}

/** "v1.13.2" when uniform, "v1.13.2 (8) · v1.12.4 (2)" when nodes differ. */
export function formatVersionShares(shares: VersionShare[]): string | null {
  if (shares.length === 0) return null;
  if (shares.length === 1) return shares[0]?.version ?? null;
  return shares.map((share) => `${share.version} (${share.nodes})`).join(" · ");
}
