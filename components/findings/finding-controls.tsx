import Link from "next/link";
import { describeProvenance, provenanceLabel } from "@/lib/client/frameworks/describe-provenance";
import type { FindingView } from "@/lib/shared/finding-view";
import styles from "./findings.module.css";

/** The framework controls a finding's check is mapped to, each with where the mapping comes from. */
export function FindingControls({
  clusterId,
  controls,
  frameworkNames,
}: {
  clusterId: string;
  controls: FindingView["controls"];
  frameworkNames: ReadonlyMap<string, string>;
}) {
  if (controls.length === 0) return <p className="muted">This check is not mapped to a framework control.</p>;
  return (
    <ul className={styles.controls} aria-label="Mapped controls">
      {controls.map((control) => (
        <li key={`${control.frameworkId}-${control.controlId}`} className={styles.control}>
          <Link
            href={`/clusters/${clusterId}/frameworks/${control.frameworkId}?q=${encodeURIComponent(control.controlId)}`}
          >
            <span className={styles.frameworkName}>
              {frameworkNames.get(control.frameworkId) ?? control.frameworkId}
            </span>{" "}
            <span className={styles.controlId}>{control.controlId}</span>
          </Link>
          <span
            className={styles.provenance}
            title={describeProvenance({ provenance: control.provenance, reason: null })}
          >
            {provenanceLabel(control.provenance)}
          </span>
        </li>
      ))}
    </ul>
  );
}
