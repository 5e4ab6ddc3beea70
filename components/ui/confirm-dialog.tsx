"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Alert } from "./alert";

/**
 * A modal confirmation on the native <dialog> (focus is trapped, Escape cancels, focus returns to
 * the opener). With `confirmText`, the user must type it (e.g. the cluster name) before confirming.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  confirmText,
  isDanger = false,
  isPending = false,
  isConfirmDisabled = false,
  error,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  confirmText?: string;
  isDanger?: boolean;
  isPending?: boolean;
  /** extra condition from fields passed as children (e.g. a password that is still too short) */
  isConfirmDisabled?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const titleId = useId();
  const inputId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  const isConfirmable = !isPending && !isConfirmDisabled && (confirmText === undefined || typed === confirmText);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        setTyped("");
        if (isOpen) onCancel();
      }}
    >
      <form
        method="dialog"
        className="stack-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (isConfirmable) onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children ? <div className="dialog-body">{children}</div> : null}
        {confirmText !== undefined ? (
          <div className="field">
            <label className="field-label" htmlFor={inputId}>
              Type <code>{confirmText}</code> to confirm
            </label>
            <input
              id={inputId}
              className="input"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        ) : null}
        {error ? (
          <Alert tone="danger" isLive>
            {error}
          </Alert>
        ) : null}
        <div className="form-actions" style={{ justifyContent: "flex-end" }}>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className={isDanger ? "btn btn-danger-solid" : "btn btn-primary"}
            disabled={!isConfirmable}
          >
            {isPending ? "Working…" : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
