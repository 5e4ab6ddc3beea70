import type { RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { readElkPositions, toElkGraph, type Positions } from "./layout-rbac-graph.adapter";

/** Lays the graph out with ELK (layered, left to right). ELK is loaded on first use, off the page's first bundle. */
export async function layoutRbacGraph(view: Pick<RbacGraphView, "nodes" | "edges">): Promise<Positions> {
  if (view.nodes.length === 0) return new Map();
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  return readElkPositions(await elk.layout(toElkGraph(view)));
}
