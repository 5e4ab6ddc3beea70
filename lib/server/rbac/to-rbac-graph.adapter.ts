import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { readRbac, type RbacData } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import type { RbacColumnCounts, RbacGraphFilters, RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { buildRbacAtoms, subjectId, type RbacAtom } from "./build-rbac-atoms";
import { collapseRbacGraph, RBAC_NODE_LIMIT } from "./collapse-rbac-graph";

export interface RbacSnapshotRef {
  hash: string;
  runId: string | null;
  collectedAt: string | null;
  snapshot: StoredSnapshot;
}

function countTotals(data: RbacData): RbacColumnCounts {
  const subjects = new Set(data.bindings.flatMap((binding) => binding.subjects.map(subjectId)));
  return {
    subjects: subjects.size,
    bindings: data.bindings.length,
    roles: data.roles.length,
    rules: data.roles.reduce((sum, role) => sum + role.rules.length, 0),
  };
}

function countAtoms(atoms: RbacAtom[]): RbacColumnCounts {
  const count = (column: RbacAtom["column"]) => atoms.filter((atom) => atom.column === column).length;
  return { subjects: count("subject"), bindings: count("binding"), roles: count("role"), rules: count("rule") };
}

function listNamespaces(data: RbacData): string[] {
  const namespaces = new Set<string>();
  for (const binding of data.bindings) {
    if (binding.namespace !== null) namespaces.add(binding.namespace);
    for (const subject of binding.subjects) {
      if (subject.kind === "ServiceAccount" && subject.namespace) namespaces.add(subject.namespace);
    }
  }
  return [...namespaces].sort();
}

const EMPTY_COUNTS: RbacColumnCounts = { subjects: 0, bindings: 0, roles: 0, rules: 0 };

/**
 * The RBAC graph of a cluster's latest snapshot: who (subjects) is bound (bindings) to what
 * (roles) allowing what (rules), filtered, risk-flagged, and collapsed to at most `nodeLimit` nodes.
 * Without a snapshot, or when no RBAC list could be read, the state says so and the graph is empty.
 */
export function toRbacGraphView({
  cluster,
  stored,
  filters,
  nodeLimit = RBAC_NODE_LIMIT,
}: {
  cluster: { id: string; name: string };
  stored: RbacSnapshotRef | null;
  filters: RbacGraphFilters;
  nodeLimit?: number;
}): RbacGraphView {
  const base = {
    cluster,
    snapshot: stored ? { hash: stored.hash, runId: stored.runId, collectedAt: stored.collectedAt } : null,
    filters,
    nodeLimit,
    namespaces: [],
    totals: EMPTY_COUNTS,
    matched: EMPTY_COUNTS,
    collapsed: [],
    nodes: [],
    edges: [],
  };
  if (!stored) return { ...base, state: "not-collected", isIncomplete: false, errors: [] };
  const reading = readRbac({ snapshot: stored.snapshot });
  const errors = reading.errors.map(({ target, kind, message }) => ({ target, kind, message }));
  if (reading.state === "unknown") return { ...base, state: "unknown", isIncomplete: true, errors };

  const { atoms, edges } = buildRbacAtoms({ data: reading.data, filters });
  return {
    ...base,
    state: "ready",
    isIncomplete: reading.incomplete,
    errors,
    namespaces: listNamespaces(reading.data),
    totals: countTotals(reading.data),
    matched: countAtoms(atoms),
    ...collapseRbacGraph({ atoms, edges, nodeLimit }),
  };
}
