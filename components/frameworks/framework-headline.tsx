import type { ReactNode } from "react";
import { describeCounts, formatScore, scoreBand } from "@/lib/client/frameworks/describe-score";
import type { ControlCounts } from "@/lib/shared/fleet-framework-view";
import { ScoreBar } from "./score-bar";
import styles from "./frameworks.module.css";

/** A framework's score as a number with its control counts beside it (UNKNOWN is never folded into the score). */
export function FrameworkHeadline({
  score,
  counts,
  scoreLabel,
  children,
}: {
  score: number | null;
  counts: ControlCounts;
  scoreLabel: string;
  children?: ReactNode;
}) {
  const items: [string, number][] = [
    ["Pass", counts.pass],
    ["Fail", counts.fail],
    ["Unknown", counts.unknown],
    ["Warn", counts.warn],
    ["Waived", counts.waived],
    ["N/A", counts.notApplicable],
    ["Unassessed", counts.unassessed],
  ];
  return (
    <div className={styles.headline}>
      <div className={styles.headlineScore} data-band={scoreBand(score)}>
        <span className={styles.headlineLabel}>{scoreLabel}</span>
        <span className={score === null ? styles.noScore : styles.scoreValue}>{formatScore(score)}</span>
      </div>
      <dl className={styles.headlineCounts} aria-label="Controls by status">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.headlineBar}>
        <ScoreBar counts={counts} />
        <span className={styles.headlineLabel}>{describeCounts(counts)}</span>
        {children}
      </div>
    </div>
  );
}
