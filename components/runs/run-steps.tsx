import { Icon } from "@/components/ui/icon";
import type { RunStep } from "@/lib/client/runs/summarize-run";
import styles from "./runs.module.css";

function Marker({ state }: { state: RunStep["state"] }) {
  if (state === "failed" || state === "errors") {
    return (
      <span
        className={`${styles.stepMarker} ${state === "failed" ? styles.stepMarkerFailed : styles.stepMarkerErrors}`}
      >
        <Icon name={state === "failed" ? "error" : "warning"} size={14} />
      </span>
    );
  }
  if (state === "done") {
    return (
      <span className={`${styles.stepMarker} ${styles.stepMarkerDone}`}>
        <Icon name="check" size={14} />
      </span>
    );
  }
  if (state === "running") {
    return (
      <span className={`${styles.stepMarker} ${styles.stepMarkerRunning}`}>
        <span className={styles.spinner} aria-hidden="true" />
      </span>
    );
  }
  return (
    <span className={styles.stepMarker}>
      <Icon name="clock" size={14} />
    </span>
  );
}

/** The two phases of a collection (Kubernetes, then Talos) and where each stands. */
export function RunSteps({ steps }: { steps: RunStep[] }) {
  if (steps.length === 0) return null;
  return (
    <ol className={styles.steps} aria-label="Phases">
      {steps.map((step) => (
        <li key={step.name} className={styles.step}>
          <Marker state={step.state} />
          <span className={styles.stepName}>{step.name}</span>
          <span className={styles.stepDetail}>{step.detail}</span>
        </li>
      ))}
    </ol>
  );
}
