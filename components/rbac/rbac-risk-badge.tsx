import { Icon } from "@/components/ui/icon";
import { RBAC_RISK_SHORT, rbacRiskTier } from "@/lib/client/rbac/describe-rbac-risk";
import { RBAC_RISK_DESCRIPTIONS, type RbacRisk } from "@/lib/shared/rbac-graph-view";
import styles from "./rbac-graph.module.css";

/** One risk as a pill: an icon and words, colour only as a second cue; the tooltip says why it matters. */
export function RbacRiskBadge({ risk }: { risk: RbacRisk }) {
  const tier = rbacRiskTier([risk]);
  return (
    <span
      className={`${styles.risk} ${tier === "critical" ? styles.riskCritical : styles.riskElevated}`}
      title={RBAC_RISK_DESCRIPTIONS[risk]}
    >
      <Icon name="warning" size={11} />
      {RBAC_RISK_SHORT[risk]}
    </span>
  );
}

export function RbacExpectedDefaultBadge() {
  return (
    <span
      className={`${styles.risk} ${styles.riskDefault}`}
      title="Kubernetes binds system:unauthenticated to system:public-info-viewer on purpose: health and version endpoints only."
    >
      <Icon name="check" size={11} />
      Expected default
    </span>
  );
}

/** The first `max` risks as badges, the rest as "+N" (all of them in the tooltip). */
export function RbacRiskBadges({ risks, max = risks.length }: { risks: readonly RbacRisk[]; max?: number }) {
  const shown = risks.slice(0, max);
  const hidden = risks.slice(max);
  return (
    <>
      {shown.map((risk) => (
        <RbacRiskBadge key={risk} risk={risk} />
      ))}
      {hidden.length > 0 ? (
        <span className={styles.risk} title={hidden.map((risk) => RBAC_RISK_SHORT[risk]).join(", ")}>
          +{hidden.length}
        </span>
      ) : null}
    </>
  );
}
