import { describe, expect, it } from "vitest";
import { RBAC_COLUMNS } from "@/lib/shared/rbac-graph-view";
import { layoutRbacGraph } from "./layout-rbac-graph";
import {
  orderForLayout,
  RBAC_NODE_WIDTH,
  toElkGraph,
  toFlowElements,
  traceRbacPath,
} from "./layout-rbac-graph.adapter";
import { makeNode, makeRbacView } from "./testing/make-rbac-view";

describe("toElkGraph", () => {
  it("puts each column in its own ELK partition, in the order subjects, bindings, roles, rules", () => {
    const graph = toElkGraph(makeRbacView());
    expect(graph.layoutOptions).toMatchObject({ "elk.direction": "RIGHT", "elk.partitioning.activate": "true" });
    const partition = (id: string) =>
      graph.children?.find((child) => child.id === id)?.layoutOptions?.["elk.partitioning.partition"];
    expect(["s-anon", "b-anon", "r-view", "rule-view-0"].map(partition)).toEqual(["0", "1", "2", "3"]);
    expect(graph.edges).toHaveLength(7);
  });
});

describe("orderForLayout", () => {
  it("keeps the API's subject order and orders each later column by the first node reaching it", () => {
    const view = makeRbacView();
    // The admin path's subject first: everything of that path moves up with it.
    view.nodes = [view.nodes[1]!, view.nodes[0]!, ...view.nodes.slice(2).reverse()];
    expect(orderForLayout(view).map((node) => node.id)).toEqual([
      "s-masters",
      "s-anon",
      "b-admin",
      "b-anon",
      "r-admin",
      "r-view",
      "rule-admin-0",
      "rule-view-1",
      "rule-view-0",
    ]);
  });
});

describe("layoutRbacGraph (ELK)", () => {
  it("lays the columns out left to right, one x per column, without overlapping nodes of one column", async () => {
    // Many unconnected paths: they must share the columns, not be packed side by side.
    const view = makeRbacView();
    for (let index = 0; index < 16; index++) {
      // Roles without rules (aggregated ones) end a path one column early.
      const ids = RBAC_COLUMNS.slice(0, index % 2 === 0 ? 4 : 3).map((column) => `${column}-${index}`);
      view.nodes.push(...ids.map((id, at) => makeNode({ id, column: RBAC_COLUMNS[at]!, label: id })));
      for (let at = 1; at < ids.length; at++) {
        view.edges.push({
          id: `${ids[at - 1]}->${ids[at]}`,
          source: ids[at - 1]!,
          target: ids[at]!,
          risks: [],
          count: 1,
        });
      }
    }
    const positions = await layoutRbacGraph(view);
    for (const column of RBAC_COLUMNS) {
      const xs = view.nodes.filter((node) => node.column === column).map((node) => positions.get(node.id)!.x);
      expect(new Set(xs).size, column).toBe(1);
    }
    const columnX = RBAC_COLUMNS.map((column) =>
      Math.min(...view.nodes.filter((node) => node.column === column).map((node) => positions.get(node.id)!.x)),
    );
    for (let index = 1; index < columnX.length; index++) {
      expect(columnX[index]!).toBeGreaterThanOrEqual(columnX[index - 1]! + RBAC_NODE_WIDTH);
    }
    const rules = view.nodes.filter((node) => node.column === "rule").map((node) => positions.get(node.id)!.y);
    expect(new Set(rules).size).toBe(rules.length);
  });
});

describe("traceRbacPath", () => {
  it("follows a role up to its subjects and down to its rules, but not sideways", () => {
    const { nodeIds } = traceRbacPath({ edges: makeRbacView().edges, nodeId: "r-view" });
    expect([...nodeIds].sort()).toEqual(["b-anon", "r-view", "rule-view-0", "rule-view-1", "s-anon"]);
  });
});

describe("toFlowElements", () => {
  const view = makeRbacView();
  const positions = new Map(view.nodes.map((node, index) => [node.id, { x: index * 10, y: 100 + index }]));

  it("adds a title above each column and labels risky links into bindings", () => {
    const { nodes, edges } = toFlowElements({ view, positions, selectedId: null });
    const titles = nodes.filter((node) => node.type === "column").map((node) => node.data.title);
    expect(titles).toEqual(["Subjects", "Bindings", "Roles", "Rules"]);
    expect(nodes.find((node) => node.id === "column|subject")?.position.y).toBeLessThan(100);
    const labelled = edges.filter((edge) => edge.data?.isLabelled).map((edge) => edge.id);
    expect(labelled).toEqual(["s-anon->b-anon", "s-masters->b-admin"]);
    expect(nodes.find((node) => node.id === "s-anon")?.ariaLabel).toBe("User system:anonymous, risks: anonymous");
  });

  it("traces the selected node's paths and dims the rest; an unknown selection selects nothing", () => {
    const { nodes, edges } = toFlowElements({ view, positions, selectedId: "s-anon" });
    const trace = (id: string) => nodes.find((node) => node.id === id)?.data.trace;
    expect([trace("s-anon"), trace("b-anon"), trace("rule-view-1"), trace("s-masters")]).toEqual([
      "selected",
      "traced",
      "traced",
      "dimmed",
    ]);
    expect(edges.find((edge) => edge.id === "b-admin->r-admin")?.data?.trace).toBe("dimmed");
    const none = toFlowElements({ view, positions, selectedId: "gone" });
    expect(none.nodes.every((node) => node.type === "column" || node.data.trace === "idle")).toBe(true);
  });
});
