import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CompareRow, NodeCompareView, NodeDetailView, NodeSnapshotSource } from "@/lib/shared/node-view";
import { buildNodeViews } from "./build-node-views";

/**
 * GET /clusters/{id}/nodes/{node}: one node in full, found by its name or its Talos address, with
 * the attributes on which it differs from its peers. null when the snapshot has no such node.
 */
export function toNodeDetailView({
  cluster,
  snapshot,
  source,
  node,
  now,
}: {
  cluster: { id: string; name: string };
  snapshot: StoredSnapshot;
  source: NodeSnapshotSource;
  node: string;
  now: Date;
}): NodeDetailView | null {
  const { entries, compare } = buildNodeViews({ snapshot, now });
  const entry =
    entries.find((candidate) => candidate.summary.name === node) ??
    entries.find((candidate) => candidate.summary.talosNode === node);
  if (!entry) return null;
  return {
    cluster,
    source,
    node: entry.summary,
    platform: entry.platform,
    security: entry.security,
    kernelParams: entry.kernelParams,
    cmdline: entry.cmdline,
    services: entry.services,
    differences: compare ? listDifferences(compare, entry.summary.name) : [],
  };
}

function listDifferences(compare: NodeCompareView, name: string): NodeDetailView["differences"] {
  const roleOf = new Map(compare.nodes.map((node) => [node.name, node.role]));
  return compare.sections.flatMap((section) =>
    section.rows.flatMap((row) => {
      const cell = row.cells.find((candidate) => candidate.node === name);
      if (!cell || cell.standing !== "differs" || cell.value === null) return [];
      const peers = peersOf(row, name, roleOf);
      const majority = peers.find((peer) => peer.standing === "majority")?.value;
      return majority ? [{ attribute: row.attribute, value: cell.value, majority, peers: peers.length }] : [];
    }),
  );
}

/** The other readable cells of the node's peer group. */
function peersOf(row: CompareRow, name: string, roleOf: Map<string, string | null>) {
  const role = roleOf.get(name) ?? null;
  return row.cells.filter(
    (cell) =>
      cell.node !== name &&
      cell.value !== null &&
      (row.peerScope === "all" || (roleOf.get(cell.node) ?? null) === role),
  );
}
