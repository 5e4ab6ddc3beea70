import { describe, expect, it } from "vitest";
import type { RbacData } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import type { RbacGraphFilters, RbacGraphView } from "@/lib/shared/rbac-graph-view";
import {
  clusterBinding,
  clusterRole,
  defaultRbac,
  role,
  roleBinding,
  rule,
  serviceAccount,
  snapshotWithRbac,
  user,
  withAnonymousView,
} from "./testing/rbac-fixtures";
import { toRbacGraphView } from "./to-rbac-graph.adapter";

const NO_FILTERS: RbacGraphFilters = { namespace: null, subject: null, risk: null };
const CLUSTER = { id: "c1", name: "edge-01" };

function graph(data: RbacData | null, filters: Partial<RbacGraphFilters> = {}, nodeLimit?: number): RbacGraphView {
  return toRbacGraphView({
    cluster: CLUSTER,
    stored: {
      hash: "h".repeat(64),
      runId: "r1",
      collectedAt: "2026-11-23T12:00:00.000Z",
      snapshot: snapshotWithRbac(data),
    },
    filters: { ...NO_FILTERS, ...filters },
    nodeLimit,
  });
}

const node = (view: RbacGraphView, column: string, label: string) =>
  view.nodes.find((entry) => entry.column === column && entry.label === label);
const labels = (view: RbacGraphView, column: string) =>
  view.nodes.filter((entry) => entry.column === column).map((entry) => entry.label);

/** Every edge of the view links two nodes it returns. */
function expectConnected(view: RbacGraphView) {
  const ids = new Set(view.nodes.map((entry) => entry.id));
  for (const edge of view.edges) {
    expect(ids.has(edge.source), edge.id).toBe(true);
    expect(ids.has(edge.target), edge.id).toBe(true);
  }
}

describe("toRbacGraphView: risks", () => {
  it("draws subjects → bindings → roles → rules and flags cluster-admin, but not the public-info-viewer default", () => {
    const view = graph(defaultRbac());
    expect(view.state).toBe("ready");
    expect(view.totals).toEqual({ subjects: 3, bindings: 2, roles: 3, rules: 4 });
    expect(labels(view, "subject")).toEqual(["system:masters", "system:authenticated", "system:unauthenticated"]);
    expect(node(view, "subject", "system:masters")?.risks).toContain("cluster-admin");
    const admin = node(view, "role", "cluster-admin")!;
    expect(admin.risks).toEqual(["cluster-admin", "escalation", "wildcard", "secrets-read"]);
    expect(view.edges.find((edge) => edge.source === admin.id && edge.target.endsWith("|0"))?.risks).toContain(
      "cluster-admin",
    );

    const defaultBinding = node(view, "binding", "system:public-info-viewer")!;
    expect(defaultBinding).toMatchObject({ isExpectedDefault: true, risks: [], isBuiltIn: true });
    expect(node(view, "subject", "system:unauthenticated")).toMatchObject({ risks: [] });
    expectConnected(view);
  });

  it("flags system:anonymous bound to view on the subject, its edge, the binding and the role it reaches", () => {
    const view = graph(withAnonymousView(defaultRbac()));
    const anonymous = node(view, "subject", "system:anonymous")!;
    const binding = node(view, "binding", "legacy-healthcheck-anonymous")!;
    const viewRole = node(view, "role", "view")!;
    expect(anonymous.risks).toEqual(["anonymous"]);
    expect(binding.risks).toEqual(["anonymous"]);
    expect(viewRole.risks).toEqual(["anonymous"]);
    expect(view.edges.find((edge) => edge.source === anonymous.id)).toMatchObject({
      target: binding.id,
      risks: ["anonymous"],
    });
    expect(view.edges.find((edge) => edge.source === binding.id)).toMatchObject({
      target: viewRole.id,
      risks: ["anonymous"],
    });
  });

  it("flags system:unauthenticated once a binding other than the default reaches it", () => {
    const data = defaultRbac();
    data.bindings.push(
      clusterBinding("open-pods", "view", [{ kind: "Group", name: "system:unauthenticated", namespace: null }]),
    );
    expect(node(graph(data), "subject", "system:unauthenticated")?.risks).toEqual(["anonymous"]);
  });

  it("shows a binding whose role is not in the snapshot, and still flags a missing cluster-admin", () => {
    const data: RbacData = {
      roles: [],
      bindings: [
        clusterBinding("ops", "cluster-admin", [user("alice")]),
        roleBinding("team-a", "gone", { kind: "Role", name: "deleted" }, [user("bob")]),
      ],
    };
    const view = graph(data);
    expect(node(view, "role", "cluster-admin")).toMatchObject({ isMissing: true, risks: ["cluster-admin"] });
    expect(node(view, "role", "deleted")).toMatchObject({ isMissing: true, namespace: "team-a", risks: [] });
    expect(node(view, "subject", "alice")?.risks).toEqual(["cluster-admin"]);
  });
});

describe("toRbacGraphView: filters", () => {
  function teams(): RbacData {
    const data = withAnonymousView(defaultRbac());
    data.roles.push(
      role("team-a", "config-reader", [rule({ resources: ["configmaps"], verbs: ["get"] })]),
      clusterRole("secret-reader", [
        rule({ resources: ["secrets"], verbs: ["get", "list"] }),
        rule({ resources: ["configmaps"], verbs: ["get"] }),
      ]),
    );
    data.bindings.push(
      roleBinding("team-a", "api-config", { kind: "Role", name: "config-reader" }, [serviceAccount("team-a", "api")]),
      roleBinding("team-b", "team-edit", { kind: "ClusterRole", name: "view" }, [user("carol")]),
      clusterBinding("ci-secrets", "secret-reader", [serviceAccount("team-a", "ci-runner"), user("dave")]),
    );
    return data;
  }

  it("namespace: its RoleBindings, and other bindings only for its own service accounts", () => {
    const view = graph(teams(), { namespace: "team-a" });
    expect(labels(view, "binding").sort()).toEqual(["api-config", "ci-secrets"]);
    expect(labels(view, "subject").sort()).toEqual(["api", "ci-runner"]);
    expect(view.namespaces).toEqual(["team-a", "team-b"]);
    expect(view.matched).toMatchObject({ subjects: 2, bindings: 2, roles: 2 });
  });

  it("subject: a case-insensitive substring of the name or namespace/name; other subjects of a binding drop", () => {
    expect(labels(graph(teams(), { subject: "CI-RUN" }), "subject")).toEqual(["ci-runner"]);
    expect(labels(graph(teams(), { subject: "team-a/" }), "subject").sort()).toEqual(["api", "ci-runner"]);
    expect(graph(teams(), { subject: "nobody" }).nodes).toEqual([]);
  });

  it("risk: only risky links stay, and roles show only their risky rules", () => {
    const any = graph(teams(), { risk: "any" });
    expect(labels(any, "binding").sort()).toEqual(["ci-secrets", "cluster-admin", "legacy-healthcheck-anonymous"]);
    const secretReader = node(any, "role", "secret-reader")!;
    expect(any.edges.filter((edge) => edge.source === secretReader.id)).toHaveLength(1);
    expect(labels(any, "rule")).not.toContain("get on configmaps");
    // The anonymous binding's role has no risky rule of its own: what anonymous may do is all shown.
    expect(any.edges.filter((edge) => edge.source === node(any, "role", "view")!.id)).toHaveLength(1);

    const secrets = graph(teams(), { risk: "secrets-read" });
    expect(labels(secrets, "subject").sort()).toEqual(["ci-runner", "dave", "system:masters"]);
    expect(labels(secrets, "rule").sort()).toEqual(["* on *", "get, list on secrets"]);

    const anonymous = graph(teams(), { risk: "anonymous" });
    expect(labels(anonymous, "subject")).toEqual(["system:anonymous"]);
    expect(labels(anonymous, "role")).toEqual(["view"]);
  });
});

describe("toRbacGraphView: collapsing", () => {
  /** 1,000 RoleBindings over 40 namespaces, each binding one service account to a 3-rule Role; one risky. */
  function large(): RbacData {
    const data = withAnonymousView(defaultRbac());
    for (let ns = 0; ns < 40; ns++) {
      const namespace = `team-${String(ns).padStart(2, "0")}`;
      data.roles.push(
        role(namespace, "app", [
          rule({ resources: ["configmaps"], verbs: ["get"] }),
          rule({ resources: ["pods"], verbs: ["list"] }),
          rule({ resources: ["services"], verbs: ["get"] }),
        ]),
      );
      for (let index = 0; index < 25; index++) {
        data.bindings.push(
          roleBinding(namespace, `app-${index}`, { kind: "Role", name: "app" }, [
            serviceAccount(namespace, `sa-${index}`),
          ]),
        );
      }
    }
    data.roles.push(role("team-07", "peek", [rule({ resources: ["secrets"], verbs: ["get"] })]));
    data.bindings.push(
      roleBinding("team-07", "peek", { kind: "Role", name: "peek" }, [serviceAccount("team-07", "sa-3")]),
    );
    return data;
  }

  it("keeps a 1,000-binding cluster under the node limit, says what it collapsed, and keeps risks visible", () => {
    const view = graph(large());
    expect(view.totals.bindings).toBe(1004);
    expect(view.nodes.length).toBeLessThanOrEqual(view.nodeLimit);
    expect(view.nodeLimit).toBe(300);
    expect(view.collapsed.length).toBeGreaterThan(0);
    const subjects = view.collapsed.filter((entry) => entry.column === "subject");
    expect(subjects.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(900);
    expect(subjects[0]?.description).toMatch(/^\d+ service accounts in team-\d\d without risk flags$/);
    // The anonymous subject and the secret reader are never folded away.
    expect(node(view, "subject", "system:anonymous")?.risks).toEqual(["anonymous"]);
    expect(node(view, "binding", "peek")?.risks).toEqual(["secrets-read"]);
    expectConnected(view);
    // A collapsed node's edges count the links they stand for.
    const group = view.nodes.find((entry) => entry.aggregate && entry.column === "subject")!;
    const out = view.edges.filter((edge) => edge.source === group.id);
    expect(out.reduce((sum, edge) => sum + edge.count, 0)).toBe(group.aggregate!.count);
  });

  it("collapses further, risky nodes included (still flagged), when the limit is tight", () => {
    const view = graph(large(), {}, 40);
    expect(view.nodes.length).toBeLessThanOrEqual(40);
    expect(node(view, "subject", "system:anonymous")?.risks).toEqual(["anonymous"]);
    const risky = view.nodes.filter((entry) => entry.risks.includes("secrets-read") && entry.column === "binding");
    expect(risky.length).toBeGreaterThan(0);
    expectConnected(view);
  });

  it("collapses a role's many harmless rules and keeps its risky ones", () => {
    const data = defaultRbac();
    const rules = Array.from({ length: 12 }, (_, index) => rule({ resources: [`kind-${index}`], verbs: ["get"] }));
    rules.push(rule({ resources: ["secrets"], verbs: ["watch"] }));
    data.roles.push(clusterRole("big", rules));
    data.bindings.push(clusterBinding("big", "big", [user("erin")]));
    const view = graph(data);
    const bigId = node(view, "role", "big")!.id;
    const ruleNodes = view.edges
      .filter((edge) => edge.source === bigId)
      .map((edge) => view.nodes.find((n) => n.id === edge.target)!);
    expect(ruleNodes.map((entry) => entry.label).sort()).toEqual(["12 rules of ClusterRole/big", "watch on secrets"]);
    expect(view.collapsed).toContainEqual(
      expect.objectContaining({
        column: "rule",
        count: 12,
        description: "12 rules of ClusterRole/big without risk flags",
      }),
    );
  });
});

describe("toRbacGraphView: states", () => {
  it("says when nothing was collected yet", () => {
    const view = toRbacGraphView({ cluster: CLUSTER, stored: null, filters: NO_FILTERS });
    expect(view).toMatchObject({ state: "not-collected", snapshot: null, nodes: [], edges: [] });
  });

  it("says when no RBAC list could be read, with the reasons", () => {
    const view = graph(null);
    expect(view.state).toBe("unknown");
    expect(view.errors.map((error) => error.kind)).toEqual(["forbidden", "forbidden", "forbidden", "forbidden"]);
  });
});
