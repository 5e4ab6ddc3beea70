import { AppError } from "@/lib/server/http/app-error";
import type { NodeDetailView } from "@/lib/shared/node-view";
import { loadNodeSnapshot } from "./load-node-snapshot";
import { toNodeDetailView } from "./to-node-detail-view";

/** One node of the cluster's latest snapshot; 404 for an unknown cluster or node. */
export async function viewNode({
  clusterId,
  node,
  now = new Date(),
}: {
  clusterId: string;
  node: string;
  now?: Date;
}): Promise<NodeDetailView> {
  const { cluster, stored } = await loadNodeSnapshot({ clusterId });
  if (!stored) {
    throw new AppError("not_found", `No collection of ${cluster.name} has been stored yet, so no node is known.`);
  }
  const view = toNodeDetailView({ cluster, ...stored, node, now });
  if (!view) throw new AppError("not_found", `${cluster.name} has no node ${node} in its latest collection.`);
  return view;
}
