"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field } from "@/components/ui/field";
import { useUpdateCluster } from "@/lib/client/clusters/use-update-cluster";
import { describeCron, describeScheduleHint } from "@/lib/client/runs/describe-cron";
import { describeScheduleError } from "@/lib/client/runs/describe-schedule-error";
import styles from "./runs.module.css";

const INPUT_ID = "collection-schedule";

/** The schedule as text with its reading ("0 * * * *  · hourly (UTC)"); admins change it in place. */
export function ScheduleEditor({
  clusterId,
  schedule,
  canEdit,
}: {
  clusterId: string;
  schedule: string;
  canEdit: boolean;
}) {
  const update = useUpdateCluster(clusterId);
  const [draft, setDraft] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const error = update.isError ? describeScheduleError(update.error) : null;
  const fieldError = error?.isFieldError ? error.message : null;

  function save() {
    if (draft === null) return;
    setIsSaved(false);
    update.mutate(
      { schedule: draft.trim() },
      {
        onSuccess: () => {
          setDraft(null);
          setIsSaved(true);
        },
      },
    );
  }

  if (draft === null) {
    return (
      <div className="row" style={{ gap: 8 }}>
        <span>
          <code>{schedule}</code> <span className="muted">· {describeScheduleHint(schedule)}</span>
        </span>
        {canEdit ? (
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() => {
              update.reset();
              setIsSaved(false);
              setDraft(schedule);
            }}
          >
            Change schedule
          </button>
        ) : null}
        <span role="status" className="muted" style={{ fontSize: 13 }}>
          {isSaved ? "Schedule saved." : ""}
        </span>
      </div>
    );
  }

  const words = describeCron(draft);
  return (
    <form
      className="stack-sm"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field
        id={INPUT_ID}
        label="Collection schedule (cron, UTC)"
        hint={words ? `Reads as: ${words} (UTC).` : "Five fields: minute hour day-of-month month day-of-week, in UTC."}
        error={fieldError}
      >
        <div className={styles.scheduleForm}>
          <input
            id={INPUT_ID}
            className="input mono"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy({ id: INPUT_ID, hasHint: true, error: fieldError })}
            // The user just asked to edit: focus goes where the typing happens.
            autoFocus
          />
          <button type="submit" className="btn btn-primary" disabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save schedule"}
          </button>
          <button type="button" className="btn" onClick={() => setDraft(null)} disabled={update.isPending}>
            Cancel
          </button>
        </div>
      </Field>
      {error && !error.isFieldError ? (
        <Alert tone="danger" isLive title="The schedule was not changed">
          {error.message}
        </Alert>
      ) : null}
    </form>
  );
}
