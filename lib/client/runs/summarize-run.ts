import { isRunFinal, type RunErrorsView, type RunStatusView, type RunView } from "@/lib/shared/run-view";
import { formatDuration } from "./format-duration";

export type RunTone = "neutral" | "active" | "ok" | "warning" | "danger";

export const RUN_STATUS_LABELS: Record<RunStatusView, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  partial: "Partial",
  failed: "Failed",
};

export const RUN_STATUS_TONES: Record<RunStatusView, RunTone> = {
  queued: "neutral",
  running: "active",
  succeeded: "ok",
  partial: "warning",
  failed: "danger",
};

export const TRIGGER_LABELS: Record<RunView["trigger"], string> = {
  schedule: "Schedule",
  manual: "Collect now",
  fleet: "Collect all",
};

/** How many errors a run summary lists; the history's count and the snapshot have them all. */
export const ERRORS_SHOWN = 5;

export type StepState = "pending" | "running" | "done" | "errors" | "failed" | "skipped";

export interface RunStep {
  name: "Kubernetes API" | "Talos API";
  state: StepState;
  /** "reading…", "done in 1.2 s", "done with errors in 420 ms", "failed in 4 ms", "no talosconfig registered" */
  detail: string;
}

export interface RunSummary {
  status: RunStatusView;
  statusLabel: string;
  tone: RunTone;
  isActive: boolean;
  /** One sentence that says where the run is, or how it ended. */
  headline: string;
  steps: RunStep[];
  /** Talos nodes read so far; null when there is nothing to count (yet). */
  nodes: { done: number; total: number } | null;
  /** Why a failed run read nothing. */
  reason: string | null;
  errors: RunErrorsView["items"];
  /** Errors beyond those listed (the API lists the first 20 of `total`). */
  moreErrors: number;
  /** "2 timeout, 1 forbidden" */
  errorKinds: string;
  /** Parts the credential may not read by design (Talos os:reader): said, not counted as failures. */
  credentialNote: string | null;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function toStepState(value: string | undefined): StepState {
  return value === "running" || value === "done" || value === "skipped" ? value : "pending";
}

const STEP_TEXT: Record<Exclude<StepState, "running">, string> = {
  pending: "waiting",
  done: "done",
  errors: "done with errors",
  failed: "failed",
  skipped: "no talosconfig registered",
};

/**
 * A finished phase is marked by how it went: a failed run could not read Kubernetes at all; a phase
 * whose listed errors name its API (`kubernetes:…`, `talos:…`) finished with errors.
 */
function finalState({ run, phase, state }: { run: RunView; phase: "kubernetes" | "talos"; state: StepState }) {
  if (state !== "done" || !isRunFinal(run.status)) return state;
  if (run.status === "failed" && phase === "kubernetes") return "failed";
  const hasErrors = (run.errors?.items ?? []).some((item) => item.target.startsWith(`${phase}:`));
  return hasErrors ? "errors" : "done";
}

function step({ name, state, ms }: { name: RunStep["name"]; state: StepState; ms: number | undefined }): RunStep {
  if (state === "running") return { name, state, detail: "reading…" };
  const text = STEP_TEXT[state];
  const isTimed = state === "done" || state === "errors" || state === "failed";
  return { name, state, detail: isTimed && ms !== undefined ? `${text} in ${formatDuration(ms)}` : text };
}

function toSteps(run: RunView): RunStep[] {
  const { phases } = run.progress;
  if (!phases) return [];
  return [
    step({
      name: "Kubernetes API",
      state: finalState({ run, phase: "kubernetes", state: toStepState(phases.kubernetes) }),
      ms: run.durationsMs?.["kubernetes.total"],
    }),
    step({
      name: "Talos API",
      state: finalState({ run, phase: "talos", state: toStepState(phases.talos) }),
      ms: run.durationsMs?.["talos.total"],
    }),
  ];
}

function activeHeadline(run: RunView): string {
  if (run.status === "queued") {
    return run.attempt > 1
      ? `Queued again (attempt ${run.attempt}): waiting for a worker.`
      : "Queued: waiting for a worker.";
  }
  const { phase, nodesDone, nodesTotal } = run.progress;
  if (phase === "talos") {
    return nodesTotal > 0
      ? `Reading the Talos API: ${nodesDone} of ${plural(nodesTotal, "node")} done.`
      : "Reading the Talos API…";
  }
  if (phase === "kubernetes") return "Reading the Kubernetes API…";
  return "Starting: connecting to the cluster…";
}

function finalHeadline(run: RunView): string {
  const duration =
    run.durationMs === null ? "" : ` ${run.status === "failed" ? "after" : "in"} ${formatDuration(run.durationMs)}`;
  const failures = run.errors?.total ?? 0;
  if (run.status === "succeeded") return `Succeeded${duration}.`;
  if (run.status === "partial") {
    return `Partial${duration}: ${plural(failures, "part")} could not be read; ${failures === 1 ? "it stays" : "they stay"} UNKNOWN.`;
  }
  return `Failed${duration}: nothing could be read.`;
}

function describeKinds(errors: RunErrorsView | null): string {
  if (!errors) return "";
  return Object.entries(errors.byKind)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
}

/** Everything the run card shows, in words, from one RunView. */
export function summarizeRun(run: RunView): RunSummary {
  const isActive = !isRunFinal(run.status);
  const { phases, nodesDone, nodesTotal } = run.progress;
  const hasTalos = phases !== null && phases.talos !== "skipped";
  const errors = isActive ? [] : (run.errors?.items ?? []).slice(0, ERRORS_SHOWN);
  const total = run.errors?.total ?? 0;
  const notReadable = run.errors?.notReadableWithCredential ?? 0;
  return {
    status: run.status,
    statusLabel: RUN_STATUS_LABELS[run.status],
    tone: RUN_STATUS_TONES[run.status],
    isActive,
    headline: isActive ? activeHeadline(run) : finalHeadline(run),
    steps: toSteps(run),
    nodes: hasTalos && nodesTotal > 0 ? { done: Math.min(nodesDone, nodesTotal), total: nodesTotal } : null,
    reason: isActive ? null : (run.errors?.reason ?? null),
    errors,
    moreErrors: isActive ? 0 : Math.max(0, total - errors.length),
    errorKinds: isActive ? "" : describeKinds(run.errors),
    credentialNote:
      !isActive && notReadable > 0
        ? `${plural(notReadable, "part")} the credential's role may not read (expected for Talos os:reader) ${notReadable === 1 ? "was" : "were"} skipped; not counted as errors.`
        : null,
  };
}
