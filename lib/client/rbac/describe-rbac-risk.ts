import type { RbacRisk } from "@/lib/shared/rbac-graph-view";

/** Badge and edge-label text: short enough for a node 224 px wide. */
export const RBAC_RISK_SHORT: Record<RbacRisk, string> = {
  anonymous: "Anonymous",
  "cluster-admin": "cluster-admin",
  escalation: "Escalation",
  wildcard: "Wildcard *",
  "secrets-read": "Reads secrets",
};

/** Two tiers, drawn in two colours and two line styles: what grants control, and what grants too much. */
export type RbacRiskTier = "critical" | "elevated";

export function rbacRiskTier(risks: readonly RbacRisk[]): RbacRiskTier | null {
  if (risks.length === 0) return null;
  return risks.some((risk) => risk === "anonymous" || risk === "cluster-admin" || risk === "escalation")
    ? "critical"
    : "elevated";
}
