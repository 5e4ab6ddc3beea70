import { RBAC_RISK_DESCRIPTIONS, type RbacGraphNode } from "@/lib/shared/rbac-graph-view";
import { RbacExpectedDefaultBadge, RbacRiskBadge } from "./rbac-risk-badge";
import styles from "./rbac-graph.module.css";

/** What the selected node is and why its risks matter, beside the graph. */
export function RbacNodeDetails({ node, onClose }: { node: RbacGraphNode; onClose: () => void }) {
  return (
    <section className={styles.details} aria-label="Selected in the graph">
      <div className="row" style={{ flexWrap: "nowrap", alignItems: "flex-start" }}>
        <div className="stack-sm" style={{ gap: 2, minWidth: 0, flex: 1 }}>
          <span className="muted" style={{ fontSize: 12 }}>
            {node.kind}
            {node.namespace ? ` · ${node.namespace}` : ""}
          </span>
          <h3>{node.label}</h3>
        </div>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onClose}>
          Clear
        </button>
      </div>
      {node.aggregate ? <p className="muted">{node.aggregate.description}.</p> : null}
      {node.detail && !node.aggregate ? <p className="muted">{node.detail}</p> : null}
      {node.isMissing ? (
        <p className="muted">The bound role is not in the snapshot: deleted, or not readable.</p>
      ) : null}
      {node.isExpectedDefault ? (
        <p style={{ marginTop: 8 }}>
          <RbacExpectedDefaultBadge />
        </p>
      ) : null}
      {node.risks.length > 0 ? (
        <ul className={styles.detailsRisks}>
          {node.risks.map((risk) => (
            <li key={risk}>
              <RbacRiskBadge risk={risk} />
              {RBAC_RISK_DESCRIPTIONS[risk]}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted" style={{ marginTop: 8, fontSize: 12 }}>
        Highlighted: everything that reaches it and everything it reaches.
      </p>
    </section>
  );
}
