import type { RunView } from "@/lib/shared/run-view";

/** A RunView for tests: a queued manual run unless told otherwise. */
export function makeRun(overrides: Partial<RunView> = {}): RunView {
  return {
    id: "run-1",
    clusterId: "cluster-1",
    status: "queued",
    trigger: "manual",
    requestedBy: "engineer@example.com",
    scheduledFor: null,
    queuedAt: "2026-06-01T12:00:00.000Z",
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    attempt: 1,
    progress: { phase: null, phases: null, nodesDone: 0, nodesTotal: 0 },
    errors: null,
    snapshotHash: null,
    durationsMs: null,
    ...overrides,
  };
}
