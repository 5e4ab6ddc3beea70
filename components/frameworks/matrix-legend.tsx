import { StatusSwatch } from "@/components/findings/status-badge";
import styles from "./frameworks.module.css";

/** What the matrix cells mean: every status, stale data and "not evaluated", as drawn. */
export function MatrixLegend() {
  return (
    <div className={styles.legend} aria-label="Legend" role="group">
      <span className={styles.legendTitle}>Legend</span>
      <StatusSwatch status="FAIL" />
      <StatusSwatch status="UNKNOWN" />
      <StatusSwatch status="WARN" />
      <StatusSwatch status="WAIVED" />
      <StatusSwatch status="PASS" />
      <StatusSwatch status="NOT_APPLICABLE" />
      <StatusSwatch status="UNASSESSED" label="No check" />
      <StatusSwatch status="PASS" isStale label="Stale data (last known)" />
      <StatusSwatch status="NOT_EVALUATED" />
    </div>
  );
}
