import Link from "next/link";
import { StatusBadge, StatusCell } from "@/components/findings/status-badge";
import type { ControlMatrix } from "@/lib/client/frameworks/control-matrix.adapter";
import { ProvenanceBadge } from "./provenance-badge";
import styles from "./frameworks.module.css";

/**
 * Controls × clusters. Each cell shows the control's status on one cluster as an icon in a
 * coloured square, with the status in words as its accessible name and tooltip; clusters are
 * grouped by environment; the control column and the headers stay in view while scrolling.
 */
export function ControlMatrixTable({
  matrix,
  frameworkId,
  frameworkName,
}: {
  matrix: ControlMatrix;
  frameworkId: string;
  frameworkName: string;
}) {
  const groupStarts = new Set<number>();
  let index = 0;
  for (const group of matrix.groups) {
    groupStarts.add(index);
    index += group.span;
  }
  const edge = (columnIndex: number) => (groupStarts.has(columnIndex) ? styles.groupStart : "");
  return (
    <div className={styles.matrixWrap} tabIndex={0} role="region" aria-label={`${frameworkName}: controls by cluster`}>
      <table className={styles.matrix} aria-label="Controls by cluster">
        <thead>
          <tr>
            <th scope="col" rowSpan={3} className={styles.controlHead}>
              Control and mapped checks
            </th>
            <th scope="col" rowSpan={2} className={styles.failCount} title="Clusters where the control fails">
              Failing
            </th>
            {matrix.groups.map((group) => (
              <th key={group.environment} scope="colgroup" colSpan={group.span} className={styles.groupHeader}>
                {group.span > 2 ? group.label : group.label.slice(0, 4)}
              </th>
            ))}
          </tr>
          <tr>
            {matrix.columns.map((column, columnIndex) => (
              <th
                key={column.clusterId}
                scope="col"
                className={`${styles.clusterHead} ${edge(columnIndex)}`}
                title={column.description}
              >
                <span className={`${styles.clusterName} ${column.isStale ? styles.clusterStale : ""}`}>
                  <Link
                    href={`/clusters/${column.clusterId}/frameworks/${frameworkId}`}
                    aria-label={column.description}
                  >
                    {column.name}
                  </Link>
                </span>
              </th>
            ))}
          </tr>
          <tr className={styles.scoreRow}>
            <th scope="row" className={styles.failCount} title="Each cluster's score on this framework, in %">
              Score %
            </th>
            {matrix.columns.map((column, columnIndex) => (
              <th
                key={column.clusterId}
                scope="col"
                className={`${styles.scoreCell} ${edge(columnIndex)}`}
                title={`Score on ${column.name}: ${column.scoreText}`}
              >
                {column.isEvaluated ? column.scoreText.replace(" %", "").replace("no score", "–") : "n/e"}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id} data-control={row.id}>
              <th scope="row" className={styles.controlCell}>
                <div className={styles.controlCellInner}>
                  <div className={styles.controlCellTop}>
                    <span className={styles.controlId}>{row.id}</span>
                    <StatusBadge status={row.fleetStatus} />
                  </div>
                  <span className={styles.controlCellTitle}>{row.title}</span>
                  {row.checks.length ? (
                    <ul className={styles.checkChips} aria-label={`Checks mapped to ${row.id}`}>
                      {row.checks.map((check) => (
                        <li key={check.checkId} className={styles.checkChip} title={check.title}>
                          {check.checkId}
                          <ProvenanceBadge provenance={check.provenance} reason={check.reason} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className={styles.emptyChecks}>No Lotse check covers this control.</span>
                  )}
                </div>
              </th>
              <td className={styles.failCount} title={row.failingText}>
                {row.failingClusters ? <strong>{row.failingClusters}</strong> : <span className="muted">0</span>}
                <span className="visually-hidden"> {row.failingText}</span>
              </td>
              {row.cells.map((cell, columnIndex) => (
                <td key={cell.clusterId} className={edge(columnIndex)}>
                  <StatusCell status={cell.status} isStale={cell.isStale} label={cell.label} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
