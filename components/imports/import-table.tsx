import { describeImportCounts, describeImportSource } from "@/lib/client/imports/describe-import";
import { formatDate, formatDateTime } from "@/lib/client/format/format-date";
import type { ScannerImportView } from "@/lib/shared/import-view";
import styles from "./imports.module.css";

/** The cluster's imports, newest first: source, when and by whom, what it held, until when it counts. */
export function ImportTable({ items }: { items: ScannerImportView[] }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Scanner imports">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Imported</th>
            <th scope="col">Results</th>
            <th scope="col">Counts until</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-import={item.id} data-expired={item.isExpired || undefined}>
              <td>
                <div>{describeImportSource(item)}</div>
                {item.fileName ? <div className={styles.meta}>{item.fileName}</div> : null}
              </td>
              <td>
                <div>{formatDateTime(item.importedAt)}</div>
                <div className={styles.meta}>{item.importedBy}</div>
              </td>
              <td>{describeImportCounts(item.counts)}</td>
              <td>
                {item.isExpired ? (
                  <span className={styles.expired}>expired {formatDate(item.expiresAt)}</span>
                ) : (
                  formatDate(item.expiresAt)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
