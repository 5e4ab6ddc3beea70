import { Icon } from "@/components/ui/icon";
import type { RunTone } from "@/lib/client/runs/summarize-run";
import styles from "./runs.module.css";

const CLASSES: Record<RunTone, string> = {
  neutral: "badge",
  active: "badge badge-accent",
  ok: "badge badge-ok",
  warning: "badge badge-warning",
  danger: "badge badge-danger",
};

/** A run's status as a pill: the word, with colour and icon as second cues. */
export function RunStatusBadge({ tone, label }: { tone: RunTone; label: string }) {
  return (
    <span className={CLASSES[tone]}>
      {tone === "active" ? (
        <span className={styles.spinner} aria-hidden="true" />
      ) : (
        <Icon
          name={tone === "ok" ? "check" : tone === "warning" ? "warning" : tone === "danger" ? "error" : "clock"}
          size={12}
        />
      )}
      {label}
    </span>
  );
}
