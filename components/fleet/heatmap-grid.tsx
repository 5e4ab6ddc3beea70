import Link from "next/link";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type { HeatmapColumn, HeatmapGroup } from "@/lib/client/fleet/arrange-heatmap";
import styles from "./heatmap.module.css";

/**
 * Clusters × columns (frameworks or seed checks). Every cell is a link with its value printed, a
 * tooltip of its counts on hover and focus, and the same text as its accessible name.
 */
export function HeatmapGrid({
  columns,
  groups,
  caption,
}: {
  columns: HeatmapColumn[];
  groups: HeatmapGroup[];
  caption: string;
}) {
  const isGrouped = groups.some((group) => group.environment !== null);
  return (
    <table className={styles.grid}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.clusterHead}>
            Cluster
          </th>
          {columns.map((column) => (
            <th key={column.id} scope="col" title={column.title}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.label}>
          {isGrouped ? (
            <tr className={styles.groupRow}>
              <th scope="colgroup" colSpan={columns.length + 1}>
                {group.label} · {group.rows.length}
              </th>
            </tr>
          ) : null}
          {group.rows.map(({ cluster, cells }) => (
            <tr key={cluster.id}>
              <th scope="row" className={styles.clusterCell}>
                <Link className={styles.clusterName} href={`/clusters/${cluster.id}`}>
                  {cluster.name}
                </Link>
                <span className={styles.clusterMeta}>
                  {[isGrouped ? null : ENVIRONMENT_LABELS[cluster.environment], cluster.site]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                {cluster.freshness === "stale" ? <span className={styles.staleTag}>STALE</span> : null}
              </th>
              {cells.map((cell) => (
                <td key={cell.key} className={styles.cell}>
                  <Link
                    href={cell.href}
                    className={`${styles.cellLink} ${styles[cell.band]}`}
                    aria-label={cell.details.join(". ")}
                    data-band={cell.band}
                  >
                    <span aria-hidden="true">{cell.text}</span>
                    {cell.change ? (
                      <span className={styles.change} aria-hidden="true">
                        {cell.change}
                      </span>
                    ) : null}
                    <span className={styles.tooltip} aria-hidden="true">
                      {cell.details.map((line) => (
                        <span key={line}>{line}</span>
                      ))}
                    </span>
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
