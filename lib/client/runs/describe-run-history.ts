import { isRunFinal, type RunView } from "@/lib/shared/run-view";
import { formatDuration } from "./format-duration";
import { RUN_STATUS_LABELS, RUN_STATUS_TONES, TRIGGER_LABELS, type RunTone } from "./summarize-run";

/** How much of a snapshot hash is shown: enough to tell snapshots apart by eye. */
export const SHORT_HASH_LENGTH = 12;

export interface RunHistoryRow {
  id: string;
  statusLabel: string;
  tone: RunTone;
  trigger: string;
  requestedBy: string;
  queuedAt: string;
  duration: string;
  /** null while the run is still going */
  errorCount: number | null;
  snapshot: { short: string; full: string; isUnchanged: boolean } | null;
}

/**
 * Rows of the run history (runs newest first). A snapshot equal to the one before it (the next
 * older run that stored one) is marked unchanged; for the oldest loaded run that is not known.
 */
export function describeRunHistory(runs: readonly RunView[]): RunHistoryRow[] {
  return runs.map((run, index) => {
    const previousHash = runs.slice(index + 1).find((older) => older.snapshotHash !== null)?.snapshotHash ?? null;
    const isActive = !isRunFinal(run.status);
    return {
      id: run.id,
      statusLabel: RUN_STATUS_LABELS[run.status],
      tone: RUN_STATUS_TONES[run.status],
      trigger: TRIGGER_LABELS[run.trigger],
      requestedBy: run.requestedBy,
      queuedAt: run.queuedAt,
      duration: isActive ? "—" : formatDuration(run.durationMs),
      errorCount: isActive ? null : (run.errors?.total ?? 0),
      snapshot: run.snapshotHash
        ? {
            short: run.snapshotHash.slice(0, SHORT_HASH_LENGTH),
            full: run.snapshotHash,
            isUnchanged: previousHash === run.snapshotHash,
          }
        : null,
    };
  });
}
