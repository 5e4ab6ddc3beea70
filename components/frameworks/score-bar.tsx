import type { ControlCounts } from "@/lib/shared/fleet-framework-view";
import styles from "./frameworks.module.css";

/**
 * Pass, fail, unknown (and waived, warn) controls as one proportional bar. Decoration only: the
 * counts are always printed beside it, so the bar is hidden from assistive technology.
 */
export function ScoreBar({ counts }: { counts: ControlCounts }) {
  const parts = [
    { key: "fail", value: counts.fail },
    { key: "unknown", value: counts.unknown },
    { key: "warn", value: counts.warn },
    { key: "waived", value: counts.waived },
    { key: "pass", value: counts.pass },
  ] as const;
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  return (
    <span className={styles.bar} aria-hidden="true">
      {total === 0
        ? null
        : parts
            .filter((part) => part.value > 0)
            .map((part) => (
              <span
                key={part.key}
                className={`${styles.barPart} ${styles[`bar-${part.key}`]}`}
                style={{ flexGrow: part.value }}
              />
            ))}
    </span>
  );
}
