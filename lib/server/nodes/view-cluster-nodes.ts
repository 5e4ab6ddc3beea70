import type { NodeListView } from "@/lib/shared/node-view";
import { loadNodeSnapshot } from "./load-node-snapshot";
import { toNodeListView } from "./to-node-list-view";

/** The cluster's nodes from its latest snapshot, compared side by side; 404 for an unknown cluster. */
export async function viewClusterNodes({
  clusterId,
  now = new Date(),
}: {
  clusterId: string;
  now?: Date;
}): Promise<NodeListView> {
  const { cluster, stored } = await loadNodeSnapshot({ clusterId });
  return toNodeListView({ cluster, stored, now });
}
