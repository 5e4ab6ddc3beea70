import { formatEvidenceValue } from "@/lib/client/findings/describe-finding";
import type { FindingView } from "@/lib/shared/finding-view";
import styles from "./findings.module.css";

/** What the finding rests on: where each value was read in the snapshot, the value, and a note. */
export function FindingEvidence({ evidence }: { evidence: FindingView["evidence"] }) {
  if (evidence.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <div className="table-wrap">
      <table className={`table table-compact ${styles.evidence}`} aria-label="Evidence">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Value</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((item, index) => {
            const value = formatEvidenceValue(item.value);
            return (
              <tr key={`${item.source}-${index}`}>
                <td className={styles.source}>
                  <code>{item.source}</code>
                </td>
                <td>
                  {value.includes("\n") ? (
                    <pre className={styles.value}>{value}</pre>
                  ) : (
                    <code className={item.value === null || item.value === undefined ? styles.absent : undefined}>
                      {value}
                    </code>
                  )}
                </td>
                <td className={styles.note}>{item.note ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
