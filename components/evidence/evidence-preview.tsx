import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { describePreview, summarizePreview } from "@/lib/client/evidence/describe-evidence";
import type { EvidencePreviewView } from "@/lib/shared/evidence-pack-view";
import styles from "./evidence.module.css";

/** The counts a scope would put in a pack. Presentational; `isComplete` false = the form still has errors. */
export function EvidencePreview({
  preview,
  isComplete,
  isPending,
  isUpdating,
  error,
  onRetry,
}: {
  preview: EvidencePreviewView | undefined;
  isComplete: boolean;
  isPending: boolean;
  isUpdating: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  if (!isComplete) {
    return <p className="muted">Complete the scope to see what the pack would hold.</p>;
  }
  if (error) return <ErrorState title="The preview could not be computed" error={error} onRetry={onRetry} />;
  if (isPending || !preview) return <LoadingState label="Counting what the pack would hold…" rows={2} />;
  return (
    <div aria-live="polite" aria-busy={isUpdating}>
      <p className="visually-hidden">The pack would hold {summarizePreview(preview)}.</p>
      <dl className={`${styles.figures} ${isUpdating ? styles.isUpdating : ""}`} aria-hidden="true">
        {describePreview(preview).map((figure) => (
          <div key={figure.label} className={styles.figure} data-figure={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {preview.clusters === 0 ? (
        <p className="field-hint" style={{ marginTop: 8 }}>
          No cluster matches this scope; the pack would be empty.
        </p>
      ) : null}
    </div>
  );
}
