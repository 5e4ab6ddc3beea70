import Link from "next/link";
import { describeCounts, formatScore, scoreBand } from "@/lib/client/frameworks/describe-score";
import type { FleetFrameworkSummary } from "@/lib/shared/fleet-framework-view";
import { ScoreBar } from "./score-bar";
import styles from "./frameworks.module.css";

/** One tile per framework: the score as a number, the bar and the counts beside it; each opens the framework. */
export function FrameworkScoreGrid({
  frameworks,
  hrefOf,
  isStale,
}: {
  frameworks: FleetFrameworkSummary[];
  hrefOf: (frameworkId: string) => string;
  isStale: boolean;
}) {
  return (
    <ul className={styles.scoreGrid} aria-label="Framework scores">
      {frameworks.map((framework) => (
        <li key={framework.id} className={styles.scoreTile} data-band={scoreBand(framework.score)}>
          <div className={styles.tileHead}>
            <Link href={hrefOf(framework.id)} className={styles.tileLink}>
              {framework.name}
            </Link>
            <span className={styles.tileVersion}>{framework.version}</span>
          </div>
          <p className={styles.tileScore}>
            <span className={framework.score === null ? styles.noScore : styles.scoreValue}>
              {formatScore(framework.score)}
            </span>
            {isStale ? <span className={styles.staleTag}>stale data</span> : null}
          </p>
          <ScoreBar counts={framework.counts} />
          <p className={styles.tileCounts}>{describeCounts(framework.counts)}</p>
        </li>
      ))}
    </ul>
  );
}
