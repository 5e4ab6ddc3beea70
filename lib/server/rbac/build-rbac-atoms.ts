import type { KubeRole, KubeRoleBinding, KubeSubject } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  isBuiltInRole,
  isSystemSubject,
  roleOf,
  type RbacData,
} from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import type { RbacColumn, RbacGraphFilters, RbacNodeKind, RbacRisk } from "@/lib/shared/rbac-graph-view";
import { describeRuleDetail, describeRuleLabel } from "./describe-rbac-rule";
import { isAnonymousSubject, isExpectedDefaultBinding, roleRisks, ruleRisks, sortRisks } from "./detect-rbac-risks";

/** A group of atoms that may collapse into one counted node, and how to name it (`service accounts in team-a`). */
export interface AtomGroup {
  key: string;
  noun: string;
}

/** One subject, binding, role or rule of the filtered graph, before anything is collapsed. */
export interface RbacAtom {
  id: string;
  column: RbacColumn;
  kind: RbacNodeKind;
  label: string;
  namespace: string | null;
  detail: string | null;
  risks: RbacRisk[];
  isBuiltIn: boolean;
  isExpectedDefault: boolean;
  isMissing: boolean;
  /** The finer grouping (kind and namespace) and the coarser one (kind). Rules group by their role. */
  group: AtomGroup;
  coarse: AtomGroup;
  /** For rules: the role atom they belong to. */
  roleId: string | null;
}

export interface RbacAtomEdge {
  source: string;
  target: string;
  risks: RbacRisk[];
}

export interface RbacAtoms {
  atoms: RbacAtom[];
  edges: RbacAtomEdge[];
}

const RULE_RISKS: ReadonlySet<RbacRisk> = new Set(["cluster-admin", "escalation", "wildcard", "secrets-read"]);

export const subjectId = (subject: KubeSubject) =>
  `subject|${subject.kind}|${subject.kind === "ServiceAccount" ? (subject.namespace ?? "") : ""}|${subject.name}`;
export const bindingId = (binding: KubeRoleBinding) =>
  binding.namespace === null
    ? `binding|ClusterRoleBinding||${binding.name}`
    : `binding|RoleBinding|${binding.namespace}|${binding.name}`;
const roleRefId = (binding: KubeRoleBinding) =>
  binding.roleRef.kind === "ClusterRole"
    ? `role|ClusterRole||${binding.roleRef.name}`
    : `role|Role|${binding.namespace ?? ""}|${binding.roleRef.name}`;

function subjectGroups(subject: KubeSubject): { group: AtomGroup; coarse: AtomGroup } {
  if (subject.kind === "ServiceAccount") {
    return {
      group: {
        key: `ServiceAccount|${subject.namespace ?? ""}`,
        noun: `service accounts in ${subject.namespace ?? "?"}`,
      },
      coarse: { key: "ServiceAccount", noun: "service accounts" },
    };
  }
  const noun = subject.kind === "User" ? "users" : subject.kind === "Group" ? "groups" : `${subject.kind} subjects`;
  return { group: { key: subject.kind, noun }, coarse: { key: subject.kind, noun } };
}

function scopedGroups(kind: "Binding" | "Role", namespace: string | null): { group: AtomGroup; coarse: AtomGroup } {
  if (namespace === null) {
    const noun = kind === "Binding" ? "ClusterRoleBindings" : "ClusterRoles";
    return { group: { key: noun, noun }, coarse: { key: noun, noun } };
  }
  const noun = kind === "Binding" ? "RoleBindings" : "Roles";
  return { group: { key: `${noun}|${namespace}`, noun: `${noun} in ${namespace}` }, coarse: { key: noun, noun } };
}

function matchesSubject(subject: KubeSubject, needle: string): boolean {
  const names = [subject.name, subject.namespace ? `${subject.namespace}/${subject.name}` : subject.name];
  return names.some((name) => name.toLowerCase().includes(needle));
}

interface KeptBinding {
  binding: KubeRoleBinding;
  role: KubeRole | undefined;
  subjects: KubeSubject[];
  isExpectedDefault: boolean;
  /** Risks of the role alone, the same for every subject of the binding. */
  grantRisks: RbacRisk[];
}

/** Applies the namespace and subject filters: which bindings stay, with which of their subjects. */
function selectBindings(data: RbacData, filters: RbacGraphFilters): KeptBinding[] {
  const needle = filters.subject?.trim().toLowerCase() || null;
  const kept: KeptBinding[] = [];
  for (const binding of data.bindings) {
    let subjects = binding.subjects;
    if (filters.namespace !== null && binding.namespace !== filters.namespace) {
      // Outside the namespace, a binding matters only for the namespace's own service accounts.
      subjects = subjects.filter((s) => s.kind === "ServiceAccount" && s.namespace === filters.namespace);
    }
    if (needle) subjects = subjects.filter((subject) => matchesSubject(subject, needle));
    if (subjects.length === 0) continue;
    const role = roleOf(data, binding);
    const grantRisks = role
      ? roleRisks(role)
      : roleRisks({
          name: binding.roleRef.name,
          namespace: binding.roleRef.kind === "ClusterRole" ? null : "",
          rules: [],
        });
    kept.push({ binding, role, subjects, isExpectedDefault: isExpectedDefaultBinding(binding, role), grantRisks });
  }
  return kept;
}

function edgeRisks(kept: KeptBinding, subject: KubeSubject): RbacRisk[] {
  const isAnonymous = isAnonymousSubject(subject) && !kept.isExpectedDefault;
  return sortRisks([...kept.grantRisks, ...(isAnonymous ? (["anonymous"] as const) : [])]);
}

function keepsForRisk(risks: RbacRisk[], filter: RbacGraphFilters["risk"]): boolean {
  if (filter === null) return true;
  return filter === "any" ? risks.length > 0 : risks.includes(filter);
}

/**
 * The filtered graph at full detail: every kept subject, binding, its role and the role's rules,
 * each with its risks. Subjects carry the risks of what they are granted; a role reached by an
 * anonymous binding carries `anonymous`. With a risk filter, only risky subject→binding links stay,
 * and roles show only the rules that carry the risk (all rules when the risk is anonymous reach).
 */
export function buildRbacAtoms({ data, filters }: { data: RbacData; filters: RbacGraphFilters }): RbacAtoms {
  const atoms = new Map<string, RbacAtom>();
  const edges = new Map<string, RbacAtomEdge>();
  const addEdge = (source: string, target: string, risks: RbacRisk[]) => {
    const key = `${source}->${target}`;
    const existing = edges.get(key);
    edges.set(key, { source, target, risks: sortRisks([...(existing?.risks ?? []), ...risks]) });
  };
  const addRisks = (id: string, risks: RbacRisk[]) => {
    const atom = atoms.get(id);
    if (atom) atom.risks = sortRisks([...atom.risks, ...risks]);
  };

  for (const kept of selectBindings(data, filters)) {
    const links = kept.subjects
      .map((subject) => ({ subject, risks: edgeRisks(kept, subject) }))
      .filter((link) => keepsForRisk(link.risks, filters.risk));
    if (links.length === 0) continue;
    const { binding, role } = kept;
    const bId = bindingId(binding);
    const rId = roleRefId(binding);
    const bindingRisks = sortRisks(links.flatMap((link) => link.risks));

    for (const { subject, risks } of links) {
      const sId = subjectId(subject);
      if (!atoms.has(sId)) {
        const isAnonymous = isAnonymousSubject(subject);
        atoms.set(sId, {
          id: sId,
          column: "subject",
          kind: subject.kind as RbacNodeKind,
          label: subject.name,
          namespace: subject.kind === "ServiceAccount" ? subject.namespace : null,
          detail: isAnonymous ? "requests without credentials" : null,
          risks: [],
          isBuiltIn: isSystemSubject(subject),
          isExpectedDefault: false,
          isMissing: false,
          ...subjectGroups(subject),
          roleId: null,
        });
      }
      addRisks(sId, risks);
      addEdge(sId, bId, risks);
    }

    if (!atoms.has(bId)) {
      atoms.set(bId, {
        id: bId,
        column: "binding",
        kind: binding.namespace === null ? "ClusterRoleBinding" : "RoleBinding",
        label: binding.name,
        namespace: binding.namespace,
        detail: kept.isExpectedDefault ? "Kubernetes default: health and version endpoints" : null,
        risks: [],
        isBuiltIn:
          binding.labels["kubernetes.io/bootstrapping"] === "rbac-defaults" || binding.name.startsWith("system:"),
        isExpectedDefault: kept.isExpectedDefault,
        isMissing: false,
        ...scopedGroups("Binding", binding.namespace),
        roleId: null,
      });
    }
    addRisks(bId, bindingRisks);
    addEdge(bId, rId, bindingRisks);

    const isNewRole = !atoms.has(rId);
    const roleNamespace = binding.roleRef.kind === "ClusterRole" ? null : binding.namespace;
    if (isNewRole) {
      atoms.set(rId, {
        id: rId,
        column: "role",
        kind: binding.roleRef.kind === "ClusterRole" ? "ClusterRole" : "Role",
        label: binding.roleRef.name,
        namespace: roleNamespace,
        detail: role
          ? `${role.rules.length} ${role.rules.length === 1 ? "rule" : "rules"}${role.hasAggregationRule ? " · aggregated" : ""}`
          : "not in the snapshot",
        risks: [],
        isBuiltIn: role ? isBuiltInRole(role) : binding.roleRef.name.startsWith("system:"),
        isExpectedDefault: kept.isExpectedDefault,
        isMissing: !role,
        ...scopedGroups("Role", roleNamespace),
        roleId: null,
      });
    }
    addRisks(rId, bindingRisks);
    if (isNewRole && role) addRules({ atoms, addEdge, roleAtom: atoms.get(rId)!, role, filter: filters.risk });
  }
  return { atoms: [...atoms.values()], edges: [...edges.values()] };
}

function addRules({
  atoms,
  addEdge,
  roleAtom,
  role,
  filter,
}: {
  atoms: Map<string, RbacAtom>;
  addEdge: (source: string, target: string, risks: RbacRisk[]) => void;
  roleAtom: RbacAtom;
  role: KubeRole;
  filter: RbacGraphFilters["risk"];
}) {
  const rules = role.rules.map((rule, index) => ({ rule, index, risks: ruleRisks(rule) }));
  let shown = rules;
  if (filter !== null && filter !== "anonymous") {
    const risky = rules.filter((entry) =>
      filter === "any" ? entry.risks.length > 0 : entry.risks.includes(filter as RbacRisk),
    );
    // A role kept only because anonymous reaches it shows everything anonymous may do.
    if (risky.length > 0 || filter !== "any") shown = risky;
  }
  const noun = `rules of ${roleAtom.kind}/${roleAtom.label}`;
  for (const { rule, index, risks } of shown) {
    const id = `rule|${roleAtom.id}|${index}`;
    atoms.set(id, {
      id,
      column: "rule",
      kind: "Rule",
      label: describeRuleLabel(rule),
      namespace: roleAtom.namespace,
      detail: describeRuleDetail(rule),
      risks: risks.filter((risk) => RULE_RISKS.has(risk)),
      isBuiltIn: roleAtom.isBuiltIn,
      isExpectedDefault: roleAtom.isExpectedDefault,
      isMissing: false,
      group: { key: roleAtom.id, noun },
      coarse: { key: roleAtom.id, noun },
      roleId: roleAtom.id,
    });
    addEdge(roleAtom.id, id, risks);
  }
}
