import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/client/format/format-date";
import { summarizeRun, TRIGGER_LABELS } from "@/lib/client/runs/summarize-run";
import type { RunView } from "@/lib/shared/run-view";
import { RunErrors } from "./run-errors";
import { RunStatusBadge } from "./run-status-badge";
import { RunSteps } from "./run-steps";
import styles from "./runs.module.css";

function NodeProgress({ summary }: { summary: ReturnType<typeof summarizeRun> }) {
  if (summary.nodes) {
    const { done, total } = summary.nodes;
    return (
      <div className={styles.progressRow}>
        <progress
          className={styles.progress}
          value={done}
          max={total}
          aria-label="Talos nodes read"
          aria-valuetext={`${done} of ${total}`}
        />
        <span className="nowrap">
          {done} of {total} {total === 1 ? "node" : "nodes"}
        </span>
      </div>
    );
  }
  if (summary.isActive && summary.status === "running") {
    return (
      <div className={styles.progressRow}>
        <progress className={styles.progress} aria-label="Collection progress" />
      </div>
    );
  }
  return null;
}

/**
 * One collection run as it happens and as it ended: status, phase, a node progress bar, then the
 * duration and, for partial or failed runs, the reason and the first errors.
 */
export function RunProgress({ run, title }: { run: RunView; title: string }) {
  const titleId = useId();
  const summary = summarizeRun(run);
  return (
    <section className={styles.run} aria-labelledby={titleId}>
      <div className={styles.runHeader}>
        <h3 id={titleId}>{title}</h3>
        <RunStatusBadge tone={summary.tone} label={summary.statusLabel} />
        <span className="muted" style={{ fontSize: 13 }}>
          {TRIGGER_LABELS[run.trigger]} by {run.requestedBy} · queued{" "}
          <time dateTime={run.queuedAt}>{formatDateTime(run.queuedAt)}</time>
        </span>
      </div>
      <p className={styles.headline} role="status">
        {summary.headline}
      </p>
      <RunSteps steps={summary.steps} />
      <NodeProgress summary={summary} />
      {summary.reason ? (
        <Alert tone="danger" title="Why it failed">
          {summary.reason}
        </Alert>
      ) : null}
      {summary.errors.length > 0 ? (
        <p className={styles.note}>
          {summary.errorKinds ? `By kind: ${summary.errorKinds}. ` : ""}
          {summary.moreErrors > 0
            ? `The first ${summary.errors.length} are listed; ${summary.moreErrors} more are in the snapshot.`
            : null}
        </p>
      ) : null}
      <RunErrors summary={summary} />
      {summary.credentialNote ? <p className={styles.note}>{summary.credentialNote}</p> : null}
    </section>
  );
}
