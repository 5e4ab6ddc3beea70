// What the API says about a collection run (shared by routes and UI).
export const RUN_STATUSES = ["queued", "running", "succeeded", "partial", "failed"] as const;
export type RunStatusView = (typeof RUN_STATUSES)[number];

export const COLLECTION_ERROR_KINDS = [
  "unreachable",
  "timeout",
  "unauthorized",
  "forbidden",
  "not-found",
  "tls",
  "invalid-response",
] as const;
export type CollectionErrorKindView = (typeof COLLECTION_ERROR_KINDS)[number];

export interface RunProgressView {
  phase: "kubernetes" | "talos" | null;
  phases: { kubernetes: string; talos: string } | null;
  nodesDone: number;
  nodesTotal: number;
}

export interface RunErrorsView {
  total: number;
  byKind: Partial<Record<CollectionErrorKindView, number>>;
  items: { target: string; kind: CollectionErrorKindView; message: string }[];
  /** Why a failed run read nothing. */
  reason: string | null;
  /** Parts the credential's role may not read (expected for Talos os:reader): not failures. */
  notReadableWithCredential: number;
}

export interface RunView {
  id: string;
  clusterId: string;
  status: RunStatusView;
  trigger: "schedule" | "manual" | "fleet";
  requestedBy: string;
  scheduledFor: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  attempt: number;
  progress: RunProgressView;
  errors: RunErrorsView | null;
  /** SHA-256 of the stored snapshot; runs of an unchanged cluster share one. */
  snapshotHash: string | null;
  /** Per-phase durations in ms (`kubernetes.resources`, `talos.nodes`, …). */
  durationsMs: Record<string, number> | null;
}

export interface CollectionRequestView {
  runId: string;
  clusterId: string;
  status: RunStatusView;
  /** true: a collection was already queued or running for the cluster; this is that run. */
  joined: boolean;
}

export function isRunFinal(status: RunStatusView): boolean {
  return status === "succeeded" || status === "partial" || status === "failed";
}
