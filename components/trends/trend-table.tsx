import { formatPercent, type TrendChartData } from "@/lib/client/trends/trend-chart.adapter";
import styles from "./trends.module.css";

/** The chart's numbers as a table, newest day first: the accessible (and exact) reading of the trend. */
export function TrendTable({ data }: { data: TrendChartData }) {
  const markerDays = new Map(data.markers.map((marker) => [marker.day, marker.label]));
  return (
    <details>
      <summary>Show as table</summary>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-label={`${data.frameworkName} per day`}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Score</th>
              <th scope="col">Failing controls</th>
              <th scope="col">Clusters scored</th>
              <th scope="col">Not evaluated yet</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {[...data.points].reverse().map((point) => (
              <tr key={point.day}>
                <th scope="row">{point.label}</th>
                <td>{point.score === null ? "—" : formatPercent(point.score)}</td>
                <td>{point.failing ?? "—"}</td>
                <td>{point.clusters}</td>
                <td>{point.notYetEvaluated}</td>
                <td>{markerDays.get(point.day) ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
