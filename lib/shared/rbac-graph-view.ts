// The RBAC graph of one cluster as the API returns it (shared by the route and the UI):
// subjects → bindings → roles → rules, with risk flags, large groups collapsed into counted nodes.

/** Most severe first: the order badges and edge labels use. */
export const RBAC_RISKS = ["anonymous", "cluster-admin", "escalation", "wildcard", "secrets-read"] as const;
export type RbacRisk = (typeof RBAC_RISKS)[number];

export const RBAC_RISK_LABELS: Record<RbacRisk, string> = {
  anonymous: "Anonymous access",
  "cluster-admin": "cluster-admin",
  escalation: "Escalation verbs",
  wildcard: "Wildcard",
  "secrets-read": "Reads secrets",
};

/** Why each risk matters, in one sentence (tooltips, the legend). */
export const RBAC_RISK_DESCRIPTIONS: Record<RbacRisk, string> = {
  anonymous: "Reachable by system:anonymous or system:unauthenticated: anyone who can reach the API server.",
  "cluster-admin": "Full control of every resource: the cluster-admin role or its equivalent (* on * in *).",
  escalation: "The escalate, bind or impersonate verb lets a holder grant itself more than it has.",
  wildcard: "A * in verbs, resources or API groups also grants whatever is added to the cluster later.",
  "secrets-read": "get, list or watch on secrets: read every credential stored in the scope.",
};

/** `any`: only bindings with at least one risk; a risk id: only bindings with that risk. */
export const RBAC_RISK_FILTERS = ["any", ...RBAC_RISKS] as const;
export type RbacRiskFilter = (typeof RBAC_RISK_FILTERS)[number];

export const RBAC_COLUMNS = ["subject", "binding", "role", "rule"] as const;
export type RbacColumn = (typeof RBAC_COLUMNS)[number];

export type RbacNodeKind =
  "User" | "Group" | "ServiceAccount" | "ClusterRoleBinding" | "RoleBinding" | "ClusterRole" | "Role" | "Rule";

export interface RbacGraphNode {
  /** Stable within one snapshot and filter; aggregated nodes start with `group:`. */
  id: string;
  column: RbacColumn;
  /** What the node stands for; for an aggregated node, the kind of its members (`Rule` for rule groups). */
  kind: RbacNodeKind | string;
  /** Display name: subject or object name, `get, list on pods` for a rule, `24 service accounts` for a group. */
  label: string;
  /** Namespace of a Role, RoleBinding or service account; null for cluster-scoped things. */
  namespace: string | null;
  /** A second line: the API groups of a rule, the role kind of a binding, what a group holds. */
  detail: string | null;
  risks: RbacRisk[];
  /** Kubernetes' own object (bootstrapped default or `system:` name). */
  isBuiltIn: boolean;
  /** A default Kubernetes ships on purpose (`system:public-info-viewer` for unauthenticated health checks). */
  isExpectedDefault: boolean;
  /** A binding's role that the snapshot does not hold (deleted, or not readable). */
  isMissing: boolean;
  /** Set on aggregated nodes: how many members it stands for and how they were grouped. */
  aggregate: { count: number; description: string } | null;
}

export interface RbacGraphEdge {
  id: string;
  source: string;
  target: string;
  risks: RbacRisk[];
  /** How many member-to-member links the edge stands for (more than 1 when an end is aggregated). */
  count: number;
}

export interface RbacGraphFilters {
  namespace: string | null;
  subject: string | null;
  risk: RbacRiskFilter | null;
}

export interface RbacColumnCounts {
  subjects: number;
  bindings: number;
  roles: number;
  rules: number;
}

export type RbacGraphState =
  /** The graph below is built from the latest snapshot. */
  | "ready"
  /** No collection has stored a snapshot yet. */
  | "not-collected"
  /** A snapshot exists, but none of the four RBAC lists could be read (see `errors`). */
  | "unknown";

export interface RbacGraphView {
  cluster: { id: string; name: string };
  state: RbacGraphState;
  snapshot: { hash: string; runId: string | null; collectedAt: string | null } | null;
  /** Some RBAC list was cut short or not readable: what is shown may be missing bindings. */
  isIncomplete: boolean;
  errors: { target: string; kind: string; message: string }[];
  filters: RbacGraphFilters;
  /** Namespaces that have RoleBindings or bound service accounts, for the namespace filter. */
  namespaces: string[];
  /** Everything in the snapshot, before filters. */
  totals: RbacColumnCounts;
  /** What the filters kept, before collapsing. */
  matched: RbacColumnCounts;
  /** The most nodes the graph returns; larger groups are collapsed until it fits. */
  nodeLimit: number;
  /** One line per aggregated node: what was collapsed, so the UI can say so. */
  collapsed: { nodeId: string; column: RbacColumn; count: number; description: string }[];
  nodes: RbacGraphNode[];
  edges: RbacGraphEdge[];
}
