import {
  RBAC_COLUMNS,
  RBAC_RISKS,
  type RbacColumn,
  type RbacGraphEdge,
  type RbacGraphNode,
  type RbacGraphView,
} from "@/lib/shared/rbac-graph-view";
import type { RbacAtom, RbacAtoms } from "./build-rbac-atoms";
import { sortRisks } from "./detect-rbac-risks";

/** The most nodes one graph returns: ELK lays this out in well under a second, and people can still read it. */
export const RBAC_NODE_LIMIT = 300;

/**
 * From most to least detail. A group (subjects of one kind and namespace, bindings or roles of one
 * namespace) larger than `perGroup` collapses its members without risk flags into one counted
 * node; risky members stay visible while `keepRisky`, else they collapse into a node of their own
 * (still flagged). `coarse` groups by kind alone. Roles show up to `rulesPerRole` rules each.
 */
export const DETAIL_LEVELS = [
  { perGroup: 25, rulesPerRole: 8, keepRisky: true, coarse: false },
  { perGroup: 10, rulesPerRole: 4, keepRisky: true, coarse: false },
  { perGroup: 4, rulesPerRole: 2, keepRisky: true, coarse: false },
  { perGroup: 4, rulesPerRole: 1, keepRisky: false, coarse: false },
  { perGroup: 1, rulesPerRole: 1, keepRisky: false, coarse: true },
] as const;

type DetailLevel = (typeof DETAIL_LEVELS)[number];

interface Aggregate {
  id: string;
  column: RbacColumn;
  noun: string;
  isRisky: boolean;
  members: RbacAtom[];
}

interface Placement {
  /** Atom id → id of the node that shows it (itself, or an aggregate). */
  nodeOf: Map<string, string>;
  aggregates: Map<string, Aggregate>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function place(atoms: RbacAtom[], level: DetailLevel): Placement {
  const nodeOf = new Map<string, string>(atoms.map((atom) => [atom.id, atom.id]));
  const aggregates = new Map<string, Aggregate>();
  const collapse = (members: RbacAtom[], id: string, column: RbacColumn, noun: string, isRisky: boolean) => {
    if (members.length < 2) return;
    aggregates.set(id, { id, column, noun, isRisky, members });
    for (const member of members) nodeOf.set(member.id, id);
  };
  const collapseGroup = (members: RbacAtom[], limit: number, id: string, column: RbacColumn, noun: string) => {
    if (members.length <= limit) return;
    // Anonymous subjects are never hidden in a group: they are what this graph is most often opened for.
    const open = members.filter((atom) => !(column === "subject" && atom.risks.includes("anonymous")));
    const risky = open.filter((atom) => atom.risks.length > 0);
    if (!level.keepRisky) collapse(risky, `${id}|risky`, column, noun, true);
    collapse(
      open.filter((atom) => atom.risks.length === 0),
      id,
      column,
      noun,
      false,
    );
  };

  for (const column of ["subject", "binding", "role"] as const) {
    const inColumn = atoms.filter((atom) => atom.column === column);
    const grouping = (atom: RbacAtom) => (level.coarse ? atom.coarse : atom.group);
    for (const [key, members] of groupBy(inColumn, (atom) => grouping(atom).key)) {
      collapseGroup(members, level.perGroup, `group|${column}|${key}`, column, grouping(members[0]!).noun);
    }
  }
  // Rules follow their role: the rules of an aggregated role collapse together.
  const rules = atoms.filter((atom) => atom.column === "rule");
  for (const [roleNode, members] of groupBy(rules, (atom) => nodeOf.get(atom.roleId ?? "") ?? "")) {
    const roleGroup = aggregates.get(roleNode);
    const noun = roleGroup ? `rules of ${roleGroup.members.length} ${roleGroup.noun}` : members[0]!.group.noun;
    collapseGroup(members, level.rulesPerRole, `group|rule|${roleNode}`, "rule", noun);
  }
  return { nodeOf, aggregates };
}

function toNode(atom: RbacAtom): RbacGraphNode {
  const { group: _group, coarse: _coarse, roleId: _roleId, ...node } = atom;
  return { ...node, aggregate: null };
}

function aggregateNode(aggregate: Aggregate): RbacGraphNode {
  const { members } = aggregate;
  const first = members[0]!;
  const namespaces = new Set(members.map((member) => member.namespace));
  const count = members.length;
  const description = `${count} ${aggregate.noun}${aggregate.isRisky ? " with risk flags" : " without risk flags"}`;
  return {
    id: aggregate.id,
    column: aggregate.column,
    kind: members.every((member) => member.kind === first.kind) ? first.kind : "Mixed",
    label: `${count} ${aggregate.noun}`,
    namespace: namespaces.size === 1 ? first.namespace : null,
    detail: aggregate.isRisky ? "collapsed · each has risk flags" : "collapsed · no risk flags",
    risks: sortRisks(members.flatMap((member) => member.risks)),
    isBuiltIn: members.every((member) => member.isBuiltIn),
    isExpectedDefault: false,
    isMissing: false,
    aggregate: { count, description },
  };
}

const COLUMN_ORDER = new Map(RBAC_COLUMNS.map((column, index) => [column, index]));
/** Column, then the most severe risk first, then by name: the order the table lists them in. */
function compareNodes(a: RbacGraphNode, b: RbacGraphNode): number {
  const severity = (node: RbacGraphNode) => (node.risks[0] ? RBAC_RISKS.indexOf(node.risks[0]) : RBAC_RISKS.length);
  return (
    COLUMN_ORDER.get(a.column)! - COLUMN_ORDER.get(b.column)! ||
    severity(a) - severity(b) ||
    Number(a.aggregate !== null) - Number(b.aggregate !== null) ||
    (a.namespace ?? "").localeCompare(b.namespace ?? "") ||
    a.label.localeCompare(b.label)
  );
}

/**
 * Shows the filtered graph at the most detail that fits `nodeLimit` nodes (see DETAIL_LEVELS); at
 * the coarsest level a few nodes per kind remain, so every graph fits. Edges between collapsed
 * nodes are merged, counted, and keep every risk of the links they stand for.
 */
export function collapseRbacGraph({
  atoms,
  edges,
  nodeLimit = RBAC_NODE_LIMIT,
}: RbacAtoms & { nodeLimit?: number }): Pick<RbacGraphView, "nodes" | "edges" | "collapsed"> {
  let placement = place(atoms, DETAIL_LEVELS[0]);
  for (const level of DETAIL_LEVELS) {
    placement = place(atoms, level);
    if (new Set(placement.nodeOf.values()).size <= nodeLimit) break;
  }
  const { nodeOf, aggregates } = placement;
  const nodes = [
    ...atoms.filter((atom) => nodeOf.get(atom.id) === atom.id).map(toNode),
    ...[...aggregates.values()].map(aggregateNode),
  ].sort(compareNodes);

  const merged = new Map<string, RbacGraphEdge>();
  for (const edge of edges) {
    const source = nodeOf.get(edge.source) ?? edge.source;
    const target = nodeOf.get(edge.target) ?? edge.target;
    const id = `${source}->${target}`;
    const existing = merged.get(id);
    merged.set(id, {
      id,
      source,
      target,
      risks: sortRisks([...(existing?.risks ?? []), ...edge.risks]),
      count: (existing?.count ?? 0) + 1,
    });
  }
  const collapsed = nodes
    .filter((node) => node.aggregate !== null)
    .map((node) => ({ nodeId: node.id, column: node.column, ...node.aggregate! }));
  return { nodes, edges: [...merged.values()], collapsed };
}
