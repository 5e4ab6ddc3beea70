import Link from "next/link";
import type { NodeRow } from "@/lib/client/nodes/describe-node-rows";
import { nodePaths } from "@/lib/client/nodes/node-paths";
import { StatusBadge, TONE_CLASSES } from "./status-mark";
import styles from "./nodes.module.css";

/** Every node of the cluster, worst first within each role; the name opens the node view. */
export function NodeTable({ clusterId, rows }: { clusterId: string; rows: NodeRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Nodes</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Role</th>
            <th scope="col">Talos</th>
            <th scope="col">Kernel</th>
            <th scope="col">Node checks</th>
            <th scope="col">KSPP sysctls</th>
            <th scope="col">Against its peers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <Link className="nowrap" href={nodePaths.detail(clusterId, row.name)}>
                  {row.name}
                </Link>
                {row.talosUnavailableReason ? (
                  <div className={styles.note} style={{ fontWeight: 400 }}>
                    {row.talosUnavailableReason}
                  </div>
                ) : null}
              </th>
              <td className="nowrap">{row.role}</td>
              <td className="nowrap mono">{row.talosVersion}</td>
              <td className="nowrap mono">{row.kernelVersion}</td>
              <td>
                {row.overall ? <StatusBadge status={row.overall} /> : <span className="badge">No Talos data</span>}
                {row.failing.length > 0 ? <div className={styles.note}>{row.failing.length} failing</div> : null}
              </td>
              <td className={TONE_CLASSES[row.kspp.tone]}>{row.kspp.text}</td>
              <td>
                {row.differs.length > 0 ? (
                  <span className="badge badge-warning" title={row.differs.join(", ")}>
                    <span aria-hidden="true">≠</span> differs on {row.differs.length}
                  </span>
                ) : row.hasTalosData ? (
                  <span className="muted">agrees</span>
                ) : (
                  <span className="muted">—</span>
                )}
                {row.differs.length > 0 ? <div className={styles.note}>{row.differs.join(", ")}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
