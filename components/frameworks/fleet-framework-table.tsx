import Link from "next/link";
import { describeCounts, formatScore, scoreBand } from "@/lib/client/frameworks/describe-score";
import type { FleetFrameworkSummary } from "@/lib/shared/fleet-framework-view";
import { ScoreBar } from "./score-bar";
import styles from "./frameworks.module.css";

/** The seven frameworks over the fleet: pooled score, controls failing somewhere, clusters failing, all counts. */
export function FleetFrameworkTable({
  frameworks,
  hrefOf,
}: {
  frameworks: FleetFrameworkSummary[];
  hrefOf: (frameworkId: string) => string;
}) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.fleetTable}`} aria-label="Frameworks">
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col" className="num">
              Fleet score
            </th>
            <th scope="col" className="num">
              Controls failing
            </th>
            <th scope="col" className="num">
              Controls unknown
            </th>
            <th scope="col" className="num">
              Clusters failing
            </th>
            <th scope="col" style={{ width: "32%" }}>
              Cluster × control results
            </th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.id} data-framework={framework.id}>
              <th scope="row">
                <Link href={hrefOf(framework.id)}>{framework.name}</Link>
                <div className={styles.subtle}>
                  {framework.version} · {framework.controls} controls
                  {framework.unassessedControls ? `, ${framework.unassessedControls} without a check` : ""}
                </div>
              </th>
              <td className="num" data-band={scoreBand(framework.score)}>
                <span className={framework.score === null ? styles.noScoreSmall : styles.scoreSmall}>
                  {formatScore(framework.score)}
                </span>
              </td>
              <td className="num">
                <span className={framework.controlsFailing ? styles.failNumber : undefined}>
                  {framework.controlsFailing}
                </span>
              </td>
              <td className="num">{framework.controlsUnknown}</td>
              <td className="num">
                <span className={framework.clusters.failing ? styles.failNumber : undefined}>
                  {framework.clusters.failing}
                </span>{" "}
                <span className={styles.subtle}>of {framework.clusters.evaluated}</span>
              </td>
              <td>
                <div className={styles.resultCell}>
                  <ScoreBar counts={framework.counts} />
                  <span className={styles.subtle}>{describeCounts(framework.counts)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
