import { RBAC_RISKS, type RbacGraphView, type RbacRisk } from "@/lib/shared/rbac-graph-view";

export interface RbacRiskSummary {
  risk: RbacRisk;
  /** Bindings in the graph carrying the risk, members of collapsed groups counted one by one. */
  bindings: number;
  /** Subjects that hold it through some binding. */
  subjects: number;
}

/** Per risk, how many bindings and subjects of the shown graph carry it (for the tiles above the graph). */
export function summarizeRbacRisks(view: Pick<RbacGraphView, "nodes">): RbacRiskSummary[] {
  const weight = (node: RbacGraphView["nodes"][number]) => node.aggregate?.count ?? 1;
  return RBAC_RISKS.map((risk) => {
    const count = (column: "binding" | "subject") =>
      view.nodes
        .filter((node) => node.column === column && node.risks.includes(risk))
        .reduce((sum, node) => sum + weight(node), 0);
    return { risk, bindings: count("binding"), subjects: count("subject") };
  });
}
