"use client";

import { useState } from "react";
import { Icon } from "@/components/ui/icon";

/** Copies a full hash; the button's own text says whether it worked (read by screen readers too). */
export function CopyHashButton({ value, label }: { value: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <button
      type="button"
      className="btn btn-sm btn-ghost"
      aria-label={label}
      title={status === "failed" ? value : "Copy the full SHA-256"}
      onClick={() => void copy()}
      onBlur={() => setStatus("idle")}
    >
      <Icon name={status === "copied" ? "check" : "copy"} size={14} />
      <span aria-live="polite">{status === "copied" ? "Copied" : status === "failed" ? "Copy blocked" : "Copy"}</span>
    </button>
  );
}
