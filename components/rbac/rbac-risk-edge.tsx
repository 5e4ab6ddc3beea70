import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from "@xyflow/react";
import { Icon } from "@/components/ui/icon";
import { RBAC_RISK_SHORT, rbacRiskTier } from "@/lib/client/rbac/describe-rbac-risk";
import type { RbacEdgeData } from "@/lib/client/rbac/layout-rbac-graph.adapter";
import styles from "./rbac-graph.module.css";

const TONE = {
  critical: { borderColor: "var(--danger-border)", background: "var(--danger-soft)", color: "var(--danger)" },
  elevated: { borderColor: "var(--warning-border)", background: "var(--warning-soft)", color: "var(--warning)" },
} as const;

/**
 * A link of the graph. Risky links differ in three ways, not colour alone: colour, line (solid and
 * thick for critical, dashed for elevated) and a label with a warning icon naming the risk.
 */
export const RbacRiskEdge = memo(function RbacRiskEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps<Edge<RbacEdgeData, "rbac">>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const risks = data?.risks ?? [];
  const tier = rbacRiskTier(risks);
  const trace = data?.trace ?? "idle";
  const classes = [
    styles.edge,
    tier === "critical" ? styles.edgeCritical : tier === "elevated" ? styles.edgeElevated : "",
    trace === "traced" ? styles.edgeTraced : "",
    trace === "dimmed" ? styles.edgeDimmed : "",
  ];
  const first = risks[0];
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.filter(Boolean).join(" ")} />
      {tier && first ? (
        <EdgeLabelRenderer>
          <span
            className={`${data?.isLabelled ? styles.edgeLabel : styles.edgeMark} ${trace === "dimmed" ? styles.edgeLabelDimmed : ""}`}
            style={{
              ...TONE[tier],
              transform: `translate(-50%, -50%) translate(${data?.isLabelled ? labelX : targetX - 26}px, ${data?.isLabelled ? labelY : targetY}px)`,
            }}
            data-risk={data?.isLabelled ? first : undefined}
            data-risk-mark={data?.isLabelled ? undefined : first}
            title={risks.map((risk) => RBAC_RISK_SHORT[risk]).join(", ")}
          >
            <Icon name="warning" size={data?.isLabelled ? 11 : 10} />
            {data?.isLabelled ? RBAC_RISK_SHORT[first] : null}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
