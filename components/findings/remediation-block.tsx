"use client";

import { useId, useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";
import styles from "./findings.module.css";

/** A remediation as written (commands, YAML), with a Copy button; selecting the text works where the clipboard is refused. */
export function RemediationBlock({ title, text }: { title: string; text: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const preRef = useRef<HTMLPreElement>(null);
  const titleId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
      const pre = preRef.current;
      const selection = window.getSelection();
      if (pre && selection) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    }
  }

  return (
    <figure className={styles.remediation} aria-labelledby={titleId}>
      <figcaption className={styles.remediationHeader}>
        <span id={titleId} className={styles.remediationTitle}>
          {title}
        </span>
        <span className={styles.copyStatus} role="status" aria-live="polite">
          {status === "copied" ? "Copied" : status === "failed" ? "Copy was blocked; the text is selected." : ""}
        </span>
        <button type="button" className="btn btn-sm" onClick={() => void copy()} aria-label={`Copy ${title}`}>
          <Icon name="copy" size={14} />
          Copy
        </button>
      </figcaption>
      <pre ref={preRef} className={styles.code} tabIndex={0}>
        {text}
      </pre>
    </figure>
  );
}
