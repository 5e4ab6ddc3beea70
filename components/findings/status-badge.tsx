import { STATUS_DISPLAY, type DisplayStatus } from "@/lib/client/frameworks/status-display";
import { StatusIcon } from "./status-icon";
import styles from "./status.module.css";

/** A status as a pill: its icon, its word and its colour. */
export function StatusBadge({ status, label }: { status: DisplayStatus; label?: string }) {
  const display = STATUS_DISPLAY[status];
  return (
    <span className={`${styles.tone} ${styles[display.tone]} ${styles.badge}`} title={display.meaning}>
      <StatusIcon status={status} size={12} />
      {label ?? display.label}
    </span>
  );
}

/** The compact form for dense grids: the icon in a coloured square, the words in its accessible name. */
export function StatusCell({ status, isStale, label }: { status: DisplayStatus; isStale: boolean; label: string }) {
  const display = STATUS_DISPLAY[status];
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={`${styles.tone} ${styles[display.tone]} ${styles.cell} ${isStale ? styles.stale : ""}`}
      data-status={status}
    >
      <StatusIcon status={status} size={13} />
    </span>
  );
}

/** A legend entry: the cell as drawn, and its word. */
export function StatusSwatch({
  status,
  isStale = false,
  label,
}: {
  status: DisplayStatus;
  isStale?: boolean;
  label?: string;
}) {
  const display = STATUS_DISPLAY[status];
  return (
    <span className={styles.swatch} title={display.meaning}>
      <span
        aria-hidden="true"
        className={`${styles.tone} ${styles[display.tone]} ${styles.cell} ${isStale ? styles.stale : ""}`}
      >
        <StatusIcon status={status} size={13} />
      </span>
      {label ?? display.label}
    </span>
  );
}
