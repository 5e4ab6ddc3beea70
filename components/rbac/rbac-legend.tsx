import styles from "./rbac-graph.module.css";
import { RbacExpectedDefaultBadge } from "./rbac-risk-badge";

/** How to read the lines: two risk tiers by colour and line style, plus the labels on them. */
export function RbacLegend() {
  return (
    <div className={styles.legend} aria-label="Legend">
      <span className={styles.legendItem}>
        <span className={`${styles.legendLine} ${styles.legendCritical}`} aria-hidden="true" />
        Critical: anonymous access, cluster-admin, escalate / bind / impersonate
      </span>
      <span className={styles.legendItem}>
        <span className={`${styles.legendLine} ${styles.legendElevated}`} aria-hidden="true" />
        Elevated (dashed): wildcards, reading secrets
      </span>
      <span className={styles.legendItem}>
        <span className={styles.legendLine} aria-hidden="true" />
        No risk flag
      </span>
      <span className={styles.legendItem}>
        <RbacExpectedDefaultBadge /> intended by Kubernetes, not a finding
      </span>
    </div>
  );
}
