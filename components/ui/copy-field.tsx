"use client";

import { useState } from "react";
import { Icon } from "./icon";

/** A read-only value with a Copy button; selecting the text still works where the clipboard API is refused. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="row" style={{ flexWrap: "nowrap" }}>
        <input
          id={id}
          className="input mono"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="btn" onClick={() => void copy()}>
          <Icon name="copy" />
          Copy
        </button>
      </div>
      <p className="field-hint" role="status" aria-live="polite">
        {status === "copied"
          ? "Copied to the clipboard."
          : status === "failed"
            ? "Copy was blocked; the text is selected — press Ctrl+C."
            : ""}
      </p>
    </div>
  );
}
