import type { RbacGraphNode, RbacGraphView, RbacRisk } from "@/lib/shared/rbac-graph-view";

export interface RbacTableEntry {
  id: string;
  label: string;
  kind: string;
  namespace: string | null;
  risks: RbacRisk[];
  isMissing: boolean;
  count: number | null;
}

/** One binding (or group of bindings) with who it binds, to which role, allowing what. */
export interface RbacTableRow {
  id: string;
  binding: RbacTableEntry & { isExpectedDefault: boolean; detail: string | null };
  subjects: RbacTableEntry[];
  roles: RbacTableEntry[];
  /** Rule texts of the roles, `12 rules of ClusterRole/view` for a collapsed group. */
  rules: RbacTableEntry[];
  risks: RbacRisk[];
}

function entry(node: RbacGraphNode): RbacTableEntry {
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    namespace: node.namespace,
    risks: node.risks,
    isMissing: node.isMissing,
    count: node.aggregate?.count ?? null,
  };
}

/**
 * The graph as rows for the table beside it (and for screen readers): one row per binding node,
 * in the order the API sorts them (most severe risk first), each with its subjects, roles and rules.
 */
export function toRbacTableRows(view: Pick<RbacGraphView, "nodes" | "edges">): RbacTableRow[] {
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const targets = (id: string) =>
    view.edges.filter((edge) => edge.source === id).flatMap((edge) => byId.get(edge.target) ?? []);
  const sources = (id: string) =>
    view.edges.filter((edge) => edge.target === id).flatMap((edge) => byId.get(edge.source) ?? []);
  return view.nodes
    .filter((node) => node.column === "binding")
    .map((binding) => {
      const roles = targets(binding.id);
      return {
        id: binding.id,
        binding: { ...entry(binding), isExpectedDefault: binding.isExpectedDefault, detail: binding.detail },
        subjects: sources(binding.id).map(entry),
        roles: roles.map(entry),
        rules: roles.flatMap((role) => targets(role.id)).map(entry),
        risks: binding.risks,
      };
    });
}
