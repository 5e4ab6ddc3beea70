import { Icon } from "@/components/ui/icon";
import type { RbacRiskSummary } from "@/lib/client/rbac/summarize-rbac-risks";
import { RBAC_RISK_SHORT, rbacRiskTier } from "@/lib/client/rbac/describe-rbac-risk";
import { RBAC_RISK_DESCRIPTIONS, type RbacRiskFilter } from "@/lib/shared/rbac-graph-view";
import styles from "./rbac-graph.module.css";

/** One tile per risk: how many bindings and subjects carry it. A tile filters the graph to that risk. */
export function RbacRiskTiles({
  summary,
  activeRisk,
  onChoose,
}: {
  summary: RbacRiskSummary[];
  activeRisk: RbacRiskFilter | "";
  onChoose: (risk: RbacRiskFilter | "") => void;
}) {
  return (
    <div className={styles.tiles} role="group" aria-label="Risks in this graph">
      {summary.map(({ risk, bindings, subjects }) => {
        const tier = bindings === 0 ? null : rbacRiskTier([risk]);
        const tone =
          tier === "critical" ? styles.tileCritical : tier === "elevated" ? styles.tileElevated : styles.tileClear;
        const isActive = activeRisk === risk;
        return (
          <button
            key={risk}
            type="button"
            className={`${styles.tile} ${tone}`}
            aria-pressed={isActive}
            title={RBAC_RISK_DESCRIPTIONS[risk]}
            onClick={() => onChoose(isActive ? "" : risk)}
          >
            <span className={styles.tileLabel}>
              <Icon name={bindings === 0 ? "check" : "warning"} size={13} />
              {RBAC_RISK_SHORT[risk]}
            </span>
            <span className={styles.tileValue}>
              {bindings} {bindings === 1 ? "binding" : "bindings"}
            </span>
            <span className={styles.tileHint}>
              {bindings === 0 ? "None found" : `held by ${subjects} ${subjects === 1 ? "subject" : "subjects"}`}
            </span>
          </button>
        );
      })}
    </div>
  );
}
