import { describeProvenance, provenanceLabel } from "@/lib/client/frameworks/describe-provenance";
import styles from "./frameworks.module.css";

/** Where a check → control mapping comes from (seed talk, corrected, proposed, benchmark). */
export function ProvenanceBadge({ provenance, reason }: { provenance: string; reason: string | null }) {
  return (
    <span className={styles.provenance} data-provenance={provenance} title={describeProvenance({ provenance, reason })}>
      {provenanceLabel(provenance)}
    </span>
  );
}
