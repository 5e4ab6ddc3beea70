"use client";

import { useMemo, useRef, useState, type ChangeEvent } from "react";
import { Icon } from "@/components/ui/icon";
import type { CredentialDraft } from "@/lib/client/clusters/cluster-form-values";
import { listCredentialContexts, MAX_CREDENTIAL_BYTES } from "@/lib/client/credentials/list-credential-contexts";
import { formatBytes } from "@/lib/client/format/format-bytes";
import { ContextPicker } from "./context-picker";

/**
 * A kubeconfig or talosconfig by file upload or paste. An uploaded file's content is kept out of
 * sight (it holds a private key); the file is read in the browser only to list its contexts.
 */
export function CredentialInput({
  id,
  kind,
  label,
  hint,
  value,
  onChange,
  error,
  isOptional = false,
}: {
  id: string;
  kind: "kubeconfig" | "talosconfig";
  label: string;
  hint: string;
  value: CredentialDraft;
  onChange: (value: CredentialDraft) => void;
  error?: string | null;
  isOptional?: boolean;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fileSize, setFileSize] = useState(0);
  const contexts = useMemo(() => listCredentialContexts({ text: value.text, kind }), [value.text, kind]);
  const shownError = fileProblem ?? error ?? null;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileProblem(null);
    if (!file) return;
    if (file.size > MAX_CREDENTIAL_BYTES) {
      setFileProblem(
        `${file.name} is ${formatBytes(file.size)}; Lotse accepts up to 256 KiB (real ${kind}s are a few KiB).`,
      );
      event.target.value = "";
      return;
    }
    setFileSize(file.size);
    onChange({ text: await file.text(), fileName: file.name, context: "" });
  }

  function clear() {
    if (fileRef.current) fileRef.current.value = "";
    setFileProblem(null);
    onChange({ text: "", fileName: null, context: "" });
  }

  return (
    <fieldset className="credential-input" aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}>
      <legend className="field-label">
        {label}
        {isOptional ? <span className="field-optional">(optional)</span> : null}
      </legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <div className="row">
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          className="file-input visually-hidden"
          onChange={(event) => void onFile(event)}
          aria-invalid={shownError ? true : undefined}
        />
        <label className="btn" htmlFor={`${id}-file`}>
          <Icon name="upload" />
          Upload {kind} file
        </label>
        {value.fileName ? (
          <span className="row" style={{ gap: 8 }}>
            <span className="badge badge-accent">
              <Icon name="upload" size={12} />
              {value.fileName} · {formatBytes(fileSize || value.text.length)}
            </span>
            <button type="button" className="btn btn-sm btn-ghost" onClick={clear}>
              Remove file
            </button>
          </span>
        ) : (
          <span className="muted">No file chosen</span>
        )}
      </div>
      {value.fileName ? null : (
        <div className="field">
          <label className="field-hint" htmlFor={`${id}-text`}>
            …or paste the {kind}
          </label>
          <textarea
            id={`${id}-text`}
            className="textarea"
            rows={6}
            value={value.text}
            onChange={(event) => onChange({ text: event.target.value, fileName: null, context: value.context })}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder={
              kind === "kubeconfig" ? "apiVersion: v1\nkind: Config\nclusters: …" : "context: my-cluster\ncontexts: …"
            }
            aria-invalid={shownError ? true : undefined}
            aria-describedby={shownError ? errorId : undefined}
          />
        </div>
      )}
      {contexts && contexts.names.length > 0 ? (
        <ContextPicker
          id={`${id}-context`}
          kind={kind}
          names={contexts.names}
          current={contexts.current}
          value={value.context}
          onChange={(context) => onChange({ ...value, context })}
        />
      ) : null}
      {shownError ? (
        <p id={errorId} className="field-error" role="alert">
          <Icon name="error" size={14} />
          <span>{shownError}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
