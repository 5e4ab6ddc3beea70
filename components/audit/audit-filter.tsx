"use client";

import { useState, type FormEvent } from "react";

// Prefixes of the actions Lotse records today; the filter matches any action starting with the text.
const KNOWN_PREFIXES = [
  "auth.",
  "auth.login",
  "cluster.",
  "cluster.create",
  "cluster.update",
  "cluster.delete",
  "cluster.test-connection",
  "cluster.credentials.view",
  "token.",
  "user.",
  "audit.",
];

/** Action-prefix filter; applied on submit so typing does not fire a request per key. */
export function AuditFilter({ action, onApply }: { action: string; onApply: (action: string) => void }) {
  const [draft, setDraft] = useState(action);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft.trim());
  }

  return (
    <form
      className="row"
      style={{ alignItems: "flex-end" }}
      onSubmit={submit}
      role="search"
      aria-label="Filter audit events"
    >
      <div className="field" style={{ width: 300 }}>
        <label className="field-label" htmlFor="audit-action">
          Action starts with
        </label>
        <input
          id="audit-action"
          className="input mono"
          list="audit-action-prefixes"
          placeholder="e.g. cluster. or auth.login"
          value={draft}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
        <datalist id="audit-action-prefixes">
          {KNOWN_PREFIXES.map((prefix) => (
            <option key={prefix} value={prefix} />
          ))}
        </datalist>
      </div>
      <button type="submit" className="btn">
        Apply filter
      </button>
      {action ? (
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setDraft("");
            onApply("");
          }}
        >
          Clear
        </button>
      ) : null}
    </form>
  );
}
