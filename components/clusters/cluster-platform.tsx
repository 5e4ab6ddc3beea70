"use client";

import { describeClusterPlatform, formatVersionShares } from "@/lib/client/clusters/describe-cluster-platform";
import { useClusterNodes } from "@/lib/client/nodes/use-cluster-nodes";

/**
 * The platform and versions the latest snapshot shows, for the cluster page header: "Talos Linux ·
 * Kubernetes v1.36.1 · Talos v1.13.2 · 5 nodes". Kubelets are named only when they differ from the
 * API server (version skew). Nothing before the first collection.
 */
export function ClusterPlatform({ clusterId }: { clusterId: string }) {
  const nodes = useClusterNodes(clusterId);
  if (nodes.isPending) return <span className="muted">Reading platform…</span>;
  if (nodes.isError) return <span className="muted">Platform unknown (the nodes view could not be loaded)</span>;
  if (nodes.data.state === "not-collected") return <span className="muted">Not collected yet</span>;
  const summary = describeClusterPlatform(nodes.data);
  const kubelets = formatVersionShares(summary.kubelets);
  const talos = formatVersionShares(summary.talos);
  const hasSkew =
    summary.kubelets.length > 1 ||
    (summary.kubernetes !== null &&
      summary.kubelets[0] !== undefined &&
      summary.kubelets[0].version !== summary.kubernetes);
  const parts = [
    summary.platform,
    summary.kubernetes ? `Kubernetes ${summary.kubernetes}` : "Kubernetes version unknown",
    hasSkew && kubelets ? `kubelets ${kubelets}` : null,
    talos ? `Talos ${talos}` : null,
    `${summary.nodeCount} ${summary.nodeCount === 1 ? "node" : "nodes"}`,
  ].filter((part): part is string => part !== null);
  return <span data-testid="cluster-platform">{parts.join(" · ")}</span>;
}
