// Test support: a small RBAC graph as the API returns it.
import type { RbacGraphEdge, RbacGraphNode, RbacGraphView } from "@/lib/shared/rbac-graph-view";

export function makeNode(
  partial: Partial<RbacGraphNode> & Pick<RbacGraphNode, "id" | "column" | "label">,
): RbacGraphNode {
  return {
    kind: partial.column === "rule" ? "Rule" : "ClusterRole",
    namespace: null,
    detail: null,
    risks: [],
    isBuiltIn: false,
    isExpectedDefault: false,
    isMissing: false,
    aggregate: null,
    ...partial,
  };
}

const edge = (source: string, target: string, risks: RbacGraphEdge["risks"] = []): RbacGraphEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  risks,
  count: 1,
});

/** system:anonymous → legacy binding → view (2 rules); system:masters → cluster-admin → `* on *`. */
export function makeRbacView(): RbacGraphView {
  const nodes = [
    makeNode({ id: "s-anon", column: "subject", kind: "User", label: "system:anonymous", risks: ["anonymous"] }),
    makeNode({ id: "s-masters", column: "subject", kind: "Group", label: "system:masters", risks: ["cluster-admin"] }),
    makeNode({ id: "b-anon", column: "binding", kind: "ClusterRoleBinding", label: "legacy", risks: ["anonymous"] }),
    makeNode({
      id: "b-admin",
      column: "binding",
      kind: "ClusterRoleBinding",
      label: "cluster-admin",
      risks: ["cluster-admin"],
    }),
    makeNode({ id: "r-view", column: "role", label: "view", risks: ["anonymous"] }),
    makeNode({ id: "r-admin", column: "role", label: "cluster-admin", risks: ["cluster-admin"] }),
    makeNode({ id: "rule-view-0", column: "rule", label: "get, list on pods" }),
    makeNode({ id: "rule-view-1", column: "rule", label: "get on services" }),
    makeNode({ id: "rule-admin-0", column: "rule", label: "* on *", risks: ["cluster-admin", "wildcard"] }),
  ];
  return {
    cluster: { id: "c1", name: "edge-01" },
    state: "ready",
    snapshot: { hash: "a".repeat(64), runId: "r1", collectedAt: "2026-11-23T12:00:00.000Z" },
    isIncomplete: false,
    errors: [],
    filters: { namespace: null, subject: null, risk: null },
    namespaces: [],
    totals: { subjects: 2, bindings: 2, roles: 2, rules: 3 },
    matched: { subjects: 2, bindings: 2, roles: 2, rules: 3 },
    nodeLimit: 300,
    collapsed: [],
    nodes,
    edges: [
      edge("s-anon", "b-anon", ["anonymous"]),
      edge("s-masters", "b-admin", ["cluster-admin"]),
      edge("b-anon", "r-view", ["anonymous"]),
      edge("b-admin", "r-admin", ["cluster-admin"]),
      edge("r-view", "rule-view-0"),
      edge("r-view", "rule-view-1"),
      edge("r-admin", "rule-admin-0", ["cluster-admin", "wildcard"]),
    ],
  };
}
