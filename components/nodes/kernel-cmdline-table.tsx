import type { KernelCmdlineView } from "@/lib/shared/node-view";
import { StatusMark } from "./status-mark";
import styles from "./nodes.module.css";

/** /proc/cmdline as read, and each argument the node's release must boot with, checked. */
export function KernelCmdlineTable({ view }: { view: KernelCmdlineView }) {
  return (
    <>
      <div className="card-body stack-sm">
        <pre className={styles.cmdline} aria-label="Kernel command line">
          {view.cmdline}
        </pre>
        {view.coverageNote ? <p className="muted">{view.coverageNote}</p> : null}
      </div>
      <div className="table-wrap">
        <table className={`table ${styles.diffTable}`}>
          <caption className="visually-hidden">Required kernel arguments</caption>
          <thead>
            <tr>
              <th scope="col">Argument</th>
              <th scope="col">Expected</th>
              <th scope="col">Current</th>
              <th scope="col">Status</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {view.requirements.map((row) => (
              <tr key={row.key} className={row.status === "FAIL" ? styles.overridden : undefined}>
                <th scope="row" className="mono" style={{ fontWeight: 500 }}>
                  {row.key}
                </th>
                <td className="mono">{row.expected}</td>
                <td className={`${styles.current} ${row.status === "FAIL" ? styles.currentBad : ""}`}>
                  {row.current ?? "absent"}
                </td>
                <td className="nowrap">
                  <StatusMark status={row.status} />
                </td>
                <td className={styles.note}>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
