import type { Edge, Node } from "@xyflow/react";
import type { ElkNode } from "elkjs/lib/elk-api";
import {
  RBAC_COLUMNS,
  type RbacColumn,
  type RbacGraphEdge,
  type RbacGraphNode,
  type RbacGraphView,
  type RbacRisk,
} from "@/lib/shared/rbac-graph-view";

export const RBAC_NODE_WIDTH = 224;
export const RBAC_NODE_HEIGHT = 68;
const HEADER_GAP = 44;

export const RBAC_COLUMN_TITLES: Record<RbacColumn, string> = {
  subject: "Subjects",
  binding: "Bindings",
  role: "Roles",
  rule: "Rules",
};

/** How a node or edge is drawn relative to the selection: on the selected path, off it, or no selection. */
export type TraceState = "idle" | "selected" | "traced" | "dimmed";

export interface RbacNodeData extends Record<string, unknown> {
  node: RbacGraphNode;
  trace: TraceState;
}

export interface RbacColumnData extends Record<string, unknown> {
  title: string;
  count: number;
}

export interface RbacEdgeData extends Record<string, unknown> {
  risks: RbacRisk[];
  count: number;
  /** Risk labels go on the links into bindings (who gets what); deeper risky links carry an icon. */
  isLabelled: boolean;
  trace: TraceState;
}

export type RbacFlowNode = Node<RbacNodeData, "rbac"> | Node<RbacColumnData, "column">;
export type RbacFlowEdge = Edge<RbacEdgeData, "rbac">;

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Nodes in path order: subjects as the API sorts them (most severe risk first), then each later
 * column by the first node that reaches it. ELK keeps this order, so the riskiest paths are drawn
 * at the top and a tree is drawn without crossings.
 */
export function orderForLayout(view: Pick<RbacGraphView, "nodes" | "edges">): RbacGraphNode[] {
  const rank = new Map<string, number>();
  const ordered: RbacGraphNode[] = [];
  for (const column of RBAC_COLUMNS) {
    const inColumn = view.nodes.filter((node) => node.column === column);
    const firstSource = (node: RbacGraphNode) =>
      Math.min(
        ...view.edges.filter((edge) => edge.target === node.id).map((edge) => rank.get(edge.source) ?? Infinity),
      );
    const sorted =
      column === "subject"
        ? inColumn
        : inColumn
            .map((node, index) => ({ node, index, source: firstSource(node) }))
            .sort((a, b) => a.source - b.source || a.index - b.index)
            .map((entry) => entry.node);
    for (const node of sorted) {
      rank.set(node.id, ordered.length);
      ordered.push(node);
    }
  }
  return ordered;
}

/** ELK input: one partition (column) per kind, left to right, so subjects → bindings → roles → rules. */
export function toElkGraph(view: Pick<RbacGraphView, "nodes" | "edges">): ElkNode {
  return {
    id: "rbac",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      // One layering for the whole graph: separate components would each get their own columns.
      "elk.separateConnectedComponents": "false",
      "elk.layered.spacing.nodeNodeBetweenLayers": "112",
      "elk.spacing.nodeNode": "14",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
      "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.crossingMinimization.forceNodeModelOrder": "true",
    },
    children: orderForLayout(view).map((node) => ({
      id: node.id,
      width: RBAC_NODE_WIDTH,
      height: RBAC_NODE_HEIGHT,
      layoutOptions: { "elk.partitioning.partition": String(RBAC_COLUMNS.indexOf(node.column)) },
    })),
    edges: view.edges.map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
}

/** Node positions from ELK's answer (top-left corners, as React Flow wants them). */
export function readElkPositions(layout: ElkNode): Positions {
  return new Map((layout.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}

/**
 * Everything on a path through `nodeId`: upstream (who reaches it) and downstream (what it
 * reaches), following edges in one direction each, so a role shows its subjects and its rules but
 * not the other roles of those subjects.
 */
export function traceRbacPath({
  edges,
  nodeId,
}: {
  edges: Pick<RbacGraphEdge, "id" | "source" | "target">[];
  nodeId: string;
}): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const nodeIds = new Set([nodeId]);
  const edgeIds = new Set<string>();
  const walk = (from: "source" | "target", to: "source" | "target") => {
    const queue = [nodeId];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const edge of edges) {
        if (edge[from] !== current) continue;
        edgeIds.add(edge.id);
        nodeIds.add(edge[to]);
        if (!seen.has(edge[to])) {
          seen.add(edge[to]);
          queue.push(edge[to]);
        }
      }
    }
  };
  walk("source", "target");
  walk("target", "source");
  return { nodeIds, edgeIds };
}

/**
 * React Flow nodes and edges for a laid-out graph: a title above each column, risky edges marked,
 * and, with a selection, the selected node's paths traced and everything else dimmed.
 */
export function toFlowElements({
  view,
  positions,
  selectedId,
}: {
  view: Pick<RbacGraphView, "nodes" | "edges">;
  positions: Positions;
  selectedId: string | null;
}): { nodes: RbacFlowNode[]; edges: RbacFlowEdge[] } {
  const selected = selectedId && view.nodes.some((node) => node.id === selectedId) ? selectedId : null;
  const trace = selected ? traceRbacPath({ edges: view.edges, nodeId: selected }) : null;
  const nodeTrace = (id: string): TraceState =>
    !trace ? "idle" : id === selected ? "selected" : trace.nodeIds.has(id) ? "traced" : "dimmed";
  const columnOf = new Map(view.nodes.map((node) => [node.id, node.column]));

  const nodes: RbacFlowNode[] = view.nodes.map((node) => ({
    id: node.id,
    type: "rbac",
    position: positions.get(node.id) ?? { x: 0, y: 0 },
    data: { node, trace: nodeTrace(node.id) },
    width: RBAC_NODE_WIDTH,
    height: RBAC_NODE_HEIGHT,
    selected: node.id === selected,
    draggable: false,
    connectable: false,
    ariaLabel: describeNodeForScreenReaders(node),
  }));

  const top = Math.min(...[...positions.values()].map((position) => position.y));
  for (const column of RBAC_COLUMNS) {
    const inColumn = view.nodes.filter((node) => node.column === column);
    if (inColumn.length === 0) continue;
    const x = Math.min(...inColumn.map((node) => positions.get(node.id)?.x ?? 0));
    nodes.push({
      id: `column|${column}`,
      type: "column",
      position: { x, y: top - HEADER_GAP },
      data: { title: RBAC_COLUMN_TITLES[column], count: inColumn.length },
      width: RBAC_NODE_WIDTH,
      height: 36,
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
    });
  }

  // Risky links last, so they are painted over the others where lines cross.
  const byRisk = [...view.edges].sort((a, b) => Number(a.risks.length > 0) - Number(b.risks.length > 0));
  const edges: RbacFlowEdge[] = byRisk.map((edge) => ({
    id: edge.id,
    type: "rbac",
    source: edge.source,
    target: edge.target,
    data: {
      risks: edge.risks,
      count: edge.count,
      isLabelled: edge.risks.length > 0 && columnOf.get(edge.target) === "binding",
      trace: !trace ? "idle" : trace.edgeIds.has(edge.id) ? "traced" : "dimmed",
    },
    focusable: false,
    selectable: false,
  }));
  return { nodes, edges };
}

/** `ClusterRoleBinding legacy-healthcheck-anonymous, risks: Anonymous access` */
export function describeNodeForScreenReaders(node: RbacGraphNode): string {
  const parts = [`${node.kind} ${node.label}`];
  if (node.namespace) parts.push(`in ${node.namespace}`);
  if (node.risks.length > 0) parts.push(`risks: ${node.risks.join(", ")}`);
  if (node.isExpectedDefault) parts.push("expected Kubernetes default");
  return parts.join(", ");
}
