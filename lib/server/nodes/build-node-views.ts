import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { NodeCompareView, NodeSummaryView } from "@/lib/shared/node-view";
import { buildNodeEntries, type NodeEntry } from "./build-node-entries";
import { compareNodes } from "./compare-nodes";

export interface ComparedNodeEntry extends NodeEntry {
  summary: NodeSummaryView;
}

/** Every node of the snapshot with its Talos parts, and the comparison of those read through Talos. */
export function buildNodeViews({ snapshot, now }: { snapshot: StoredSnapshot; now: Date }): {
  entries: ComparedNodeEntry[];
  /** null when fewer than two nodes have Talos data: there is nothing to compare. */
  compare: NodeCompareView | null;
  errors: CollectionError[];
} {
  const { entries, errors } = buildNodeEntries({ snapshot, now });
  const talosEntries = entries.filter((entry) => entry.summary.hasTalosData);
  const compare = talosEntries.length >= 2 ? compareNodes(talosEntries) : null;
  const differing = new Map(compare?.outliers.map((outlier) => [outlier.name, outlier.attributes]));
  return {
    entries: entries.map((entry) => ({
      ...entry,
      summary: { ...entry.summary, differingAttributes: differing.get(entry.summary.name) ?? [] },
    })),
    compare,
    errors,
  };
}
