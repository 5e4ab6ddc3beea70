import type { HeatmapMode } from "@/lib/client/fleet/arrange-heatmap";
import styles from "./heatmap.module.css";

const SCORE_ITEMS = [
  { band: "excellent", sample: "95+", label: "95–100" },
  { band: "good", sample: "85", label: "85–94" },
  { band: "fair", sample: "70", label: "70–84" },
  { band: "poor", sample: "50", label: "50–69" },
  { band: "bad", sample: "<50", label: "below 50" },
  { band: "none", sample: "—", label: "no assessable control" },
  { band: "stale", sample: "88", label: "stale data" },
] as const;

const STATUS_ITEMS = [
  { band: "status-pass", sample: "Pass", label: "every finding passes" },
  { band: "status-fail", sample: "Fail", label: "a finding fails" },
  { band: "status-warn", sample: "Review", label: "needs review" },
  { band: "status-unknown", sample: "Unknown", label: "data not readable" },
  { band: "status-waived", sample: "Waived", label: "accepted risk" },
  { band: "status-na", sample: "N/A", label: "not applicable" },
  { band: "stale", sample: "Pass", label: "stale data" },
] as const;

/** What the cell colours mean; the printed value carries the same information. */
export function HeatmapLegend({ mode }: { mode: HeatmapMode }) {
  const items = mode === "frameworks" ? SCORE_ITEMS : STATUS_ITEMS;
  return (
    <div className={styles.legend} aria-label="Legend">
      <span>{mode === "frameworks" ? "Score (% of assessable controls passing):" : "Check status:"}</span>
      {items.map((item) => (
        <span key={item.band} className={styles.legendItem}>
          <span className={`${styles.swatch} ${styles[item.band]}`} aria-hidden="true">
            {item.sample}
          </span>
          {item.label}
        </span>
      ))}
    </div>
  );
}
