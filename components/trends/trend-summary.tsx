import type { TrendChartData } from "@/lib/client/trends/trend-chart.adapter";
import styles from "./trends.module.css";

/** The figures above the chart: latest score, change over the range, failing controls, coverage. */
export function TrendSummary({ data }: { data: TrendChartData }) {
  const changeClass =
    data.change.direction === "up" ? styles.up : data.change.direction === "down" ? styles.down : undefined;
  return (
    <div className={styles.summary} aria-label="Trend summary">
      <div className={styles.figure}>
        <span className={styles.figureValue}>{data.latestScore}</span>
        <span className={styles.figureLabel}>{data.frameworkName}, latest</span>
      </div>
      <div className={styles.figure}>
        <span className={`${styles.figureValue} ${changeClass ?? ""}`}>{data.change.value}</span>
        <span className={styles.figureLabel}>{data.change.caption}</span>
      </div>
      <div className={styles.figure}>
        <span className={styles.figureValue}>{data.latestFailing}</span>
        <span className={styles.figureLabel}>failing controls, latest</span>
      </div>
      <div className={styles.figure}>
        <span className={styles.figureValue}>{data.coverage}</span>
        <span className={styles.figureLabel}>scope</span>
      </div>
    </div>
  );
}
