import Link from "next/link";
import { StatusBadge } from "@/components/findings/status-badge";
import { ImportedCheckNotes } from "@/components/imports/imported-check-notes";
import type { FrameworkControlView } from "@/lib/shared/framework-view";
import { ProvenanceBadge } from "./provenance-badge";
import styles from "./frameworks.module.css";

/** A framework on one cluster: each control, its status, and the mapped checks that decide it. */
export function ControlTable({ controls, clusterId }: { controls: FrameworkControlView[]; clusterId: string }) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.controlTable}`} aria-label="Controls">
        <thead>
          <tr>
            <th scope="col" style={{ width: "34%" }}>
              Control
            </th>
            <th scope="col" style={{ width: 120 }}>
              Status
            </th>
            <th scope="col">Mapped checks on this cluster</th>
          </tr>
        </thead>
        <tbody>
          {controls.map((control) => (
            <tr key={control.id} data-control={control.id}>
              <th scope="row">
                <span className={styles.controlId}>{control.id}</span>
                <div className={styles.controlTitle}>{control.title}</div>
              </th>
              <td>
                <StatusBadge status={control.status} />
              </td>
              <td>
                {control.checks.length === 0 ? (
                  <span className={styles.emptyChecks}>No Lotse check covers this control.</span>
                ) : (
                  <ul className={styles.checkList}>
                    {control.checks.map((check) => (
                      <li key={check.checkId} className={styles.checkLine}>
                        <span>
                          <StatusBadge status={check.status} />
                        </span>
                        <span className={styles.checkText}>
                          <Link href={`/clusters/${clusterId}?check=${encodeURIComponent(check.checkId)}#findings`}>
                            {check.title}
                          </Link>
                          <span className={styles.checkMeta}>
                            <code>{check.checkId}</code>
                            <ProvenanceBadge provenance={check.provenance} reason={check.reason} />
                          </span>
                          {check.reason ? <span className={styles.reason}>{check.reason}</span> : null}
                          {check.imported?.length ? <ImportedCheckNotes notes={check.imported} /> : null}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
