import type { KernelParamsView } from "@/lib/shared/node-view";
import { StatusMark } from "./status-mark";
import styles from "./nodes.module.css";

/**
 * The node's KSPP sysctls against the expected baseline: expected, current, the kernel's own
 * default, the verdict. An overridden value is tinted, flagged "Overridden" and explained.
 */
export function KernelParamTable({ view }: { view: KernelParamsView }) {
  return (
    <>
      {view.baseline ? null : <p className="card-body muted">{view.baselineUnavailableReason}</p>}
      {view.rows.length > 0 ? (
        <div className="table-wrap">
          <table className={`table ${styles.diffTable}`}>
            <caption className="visually-hidden">KSPP sysctls against the expected baseline</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Expected</th>
                <th scope="col">Current</th>
                <th scope="col">Kernel default</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.key} className={row.isOverridden ? styles.overridden : undefined} data-key={row.key}>
                  <th scope="row" className="mono" style={{ fontWeight: 500 }}>
                    {row.sysctl}
                  </th>
                  <td className="mono">{row.expected}</td>
                  <td>
                    <span className={`${styles.current} ${row.status === "FAIL" ? styles.currentBad : ""}`}>
                      {row.current ?? "absent"}
                    </span>
                    {row.isOverridden ? <span className={`badge badge-danger ${styles.flag}`}>Overridden</span> : null}
                  </td>
                  <td className="mono muted">{row.kernelDefault ?? "—"}</td>
                  <td>
                    <StatusMark status={row.status} />
                    {row.note ? <div className={styles.note}>{row.note}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {view.others.length > 0 ? (
        <details className={styles.others}>
          <summary>Other kernel parameters ({view.others.length}): Talos defaults, user sysctls, sysfs</summary>
          <div className="table-wrap">
            <table className="table table-compact">
              <caption className="visually-hidden">Other kernel parameters</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Current</th>
                  <th scope="col">Kernel default</th>
                </tr>
              </thead>
              <tbody>
                {view.others.map((other) => (
                  <tr key={other.key}>
                    <th scope="row" className="mono" style={{ fontWeight: 500 }}>
                      {other.key.replace(/^proc\.sys\./, "")}
                    </th>
                    <td className="mono">
                      {other.current}
                      {other.isUnsupported ? <span className="badge flag"> unsupported</span> : null}
                    </td>
                    <td className="mono muted">{other.kernelDefault ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </>
  );
}
