import { formatDateTime } from "@/lib/client/format/format-date";
import type { RunHistoryRow } from "@/lib/client/runs/describe-run-history";
import { RunStatusBadge } from "./run-status-badge";
import styles from "./runs.module.css";

/** Past and current runs of one cluster, newest first. */
export function RunHistoryTable({ rows }: { rows: RunHistoryRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Run history</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Trigger</th>
            <th scope="col">Requested by</th>
            <th scope="col">Queued</th>
            <th scope="col" className="num">
              Duration
            </th>
            <th scope="col" className="num">
              Errors
            </th>
            <th scope="col">Snapshot</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="nowrap">
                <RunStatusBadge tone={row.tone} label={row.statusLabel} />
              </td>
              <td className="nowrap">{row.trigger}</td>
              <td style={{ overflowWrap: "anywhere" }}>{row.requestedBy}</td>
              <td className="nowrap">
                <time dateTime={row.queuedAt}>{formatDateTime(row.queuedAt)}</time>
              </td>
              <td className="num nowrap">{row.duration}</td>
              <td className="num">{row.errorCount ?? <span className="muted">—</span>}</td>
              <td className={styles.hash}>
                {row.snapshot ? (
                  <>
                    <code title={`SHA-256 ${row.snapshot.full}`}>{row.snapshot.short}</code>
                    {row.snapshot.isUnchanged ? <span className="muted"> unchanged</span> : null}
                  </>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
