import type { RunErrorsView, RunProgressView, RunView } from "@/lib/shared/run-view";
import type { RunRow } from "@/lib/server/store/runs/run-row";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function toProgress(value: unknown): RunProgressView {
  const progress = asRecord(value);
  const phase = progress.phase === "kubernetes" || progress.phase === "talos" ? progress.phase : null;
  const phases = asRecord(progress.phases);
  return {
    phase,
    phases:
      typeof phases.kubernetes === "string" && typeof phases.talos === "string"
        ? { kubernetes: phases.kubernetes, talos: phases.talos }
        : null,
    nodesDone: typeof progress.nodesDone === "number" ? progress.nodesDone : 0,
    nodesTotal: typeof progress.nodesTotal === "number" ? progress.nodesTotal : 0,
  };
}

function toErrors(value: unknown): RunErrorsView | null {
  if (value === null || value === undefined) return null;
  const summary = asRecord(value);
  return {
    total: typeof summary.total === "number" ? summary.total : 0,
    byKind: asRecord(summary.byKind) as RunErrorsView["byKind"],
    items: Array.isArray(summary.items) ? (summary.items as RunErrorsView["items"]) : [],
    reason: typeof summary.reason === "string" ? summary.reason : null,
    notReadableWithCredential:
      typeof summary.notReadableWithCredential === "number" ? summary.notReadableWithCredential : 0,
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toRunView(run: RunRow): RunView {
  const timings = asRecord(run.timings);
  return {
    id: run.id,
    clusterId: run.clusterId,
    status: run.status,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    scheduledFor: iso(run.scheduledFor),
    queuedAt: run.queuedAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    durationMs: run.durationMs,
    attempt: run.attempt,
    progress: toProgress(run.progress),
    errors: toErrors(run.errorSummary),
    snapshotHash: run.snapshotHash,
    durationsMs: Object.keys(asRecord(timings.durationsMs)).length
      ? (timings.durationsMs as Record<string, number>)
      : null,
  };
}
