import { memo } from "react";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { rbacRiskTier } from "@/lib/client/rbac/describe-rbac-risk";
import type { RbacColumnData, RbacNodeData } from "@/lib/client/rbac/layout-rbac-graph.adapter";
import { RbacExpectedDefaultBadge, RbacRiskBadges } from "./rbac-risk-badge";
import styles from "./rbac-graph.module.css";

const KIND_LABELS: Record<string, string> = {
  ServiceAccount: "Service account",
  ClusterRoleBinding: "ClusterRoleBinding",
  RoleBinding: "RoleBinding",
};

/** One subject, binding, role or rule (or a collapsed group of them) as a card in the graph. */
export const RbacGraphNode = memo(function RbacGraphNode({ data }: NodeProps<Node<RbacNodeData, "rbac">>) {
  const { node, trace } = data;
  const tier = rbacRiskTier(node.risks);
  const classes = [
    styles.node,
    tier === "critical" ? styles.nodeCritical : tier === "elevated" ? styles.nodeElevated : "",
    node.isExpectedDefault ? styles.nodeDefault : "",
    node.isMissing ? styles.nodeMissing : "",
    node.aggregate ? styles.nodeAggregate : "",
    node.column === "rule" ? styles.nodeRule : "",
    trace === "selected" ? styles.nodeSelected : "",
    trace === "dimmed" ? styles.nodeDimmed : "",
  ];
  const kind = node.aggregate ? `${node.kind} · collapsed` : (KIND_LABELS[node.kind] ?? node.kind);
  return (
    <div
      className={classes.filter(Boolean).join(" ")}
      title={[node.label, node.detail].filter(Boolean).join("\n")}
      data-column={node.column}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className={styles.handle} />
      {node.column === "rule" && !node.aggregate ? null : (
        <div className={styles.nodeTop}>
          <span>{kind}</span>
          {node.namespace ? <span className={styles.nodeNamespace}>{node.namespace}</span> : null}
        </div>
      )}
      <div className={styles.nodeLabel}>{node.label}</div>
      <div className={styles.nodeFoot}>
        {node.risks.length > 0 ? (
          <RbacRiskBadges risks={node.risks} max={1} />
        ) : node.isExpectedDefault && node.column !== "rule" ? (
          <RbacExpectedDefaultBadge />
        ) : node.isMissing ? (
          <span className={styles.nodeDetail}>Role not found in the snapshot</span>
        ) : node.detail ? (
          <span className={styles.nodeDetail}>{node.detail}</span>
        ) : null}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} className={styles.handle} />
    </div>
  );
});

/** The title above a column ("Subjects 17"). */
export const RbacColumnTitle = memo(function RbacColumnTitle({ data }: NodeProps<Node<RbacColumnData, "column">>) {
  return (
    <div className={styles.columnTitle} style={{ width: 224 }}>
      {data.title}
      <span className={styles.columnCount}>{data.count}</span>
    </div>
  );
});
