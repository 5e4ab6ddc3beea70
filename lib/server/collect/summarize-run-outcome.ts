import type { ClusterSnapshot } from "./snapshot/cluster-snapshot";
import type { CollectionError, CollectionErrorKind } from "./snapshot/collection-error";

export type RunOutcome = "succeeded" | "partial" | "failed";

export interface RunErrorSummary {
  total: number;
  byKind: Partial<Record<CollectionErrorKind, number>>;
  /** The first errors, enough to explain the run on a page; the snapshot keeps them all. */
  items: CollectionError[];
  /** For a failed run: why nothing could be read. */
  reason?: string;
  /** Parts the credential may not read (Talos os:reader): data, not failures, listed for the record. */
  notReadableWithCredential: number;
}

const LISTED_ERRORS = 20;

/**
 * A Talos `forbidden` means the credential's role may not read that part (os:reader and
 * MachineConfig); a forbidden Secret list means the cluster did not grant the optional
 * `lotse-reader-secrets-metadata` role (deploy/monitored-cluster: Kubernetes RBAC cannot grant
 * metadata only, so the default role leaves Secrets out). Both are expected and recorded, but do
 * not make a run partial; the checks that need those parts say UNKNOWN with the reason.
 */
function isCredentialLimit(error: CollectionError): boolean {
  if (error.kind !== "forbidden") return false;
  return error.target.startsWith("talos") || error.target === "kubernetes:secrets";
}

/**
 * failed: the Kubernetes API could not be read at all (nothing is known); partial: some resources or
 * nodes could not be read (they stay UNKNOWN downstream); succeeded: everything the credential may
 * read was read.
 */
export function summarizeRunOutcome(snapshot: ClusterSnapshot): { outcome: RunOutcome; summary: RunErrorSummary } {
  const failures = snapshot.errors.filter((error) => !isCredentialLimit(error));
  const byKind: RunErrorSummary["byKind"] = {};
  for (const error of failures) byKind[error.kind] = (byKind[error.kind] ?? 0) + 1;
  const summary: RunErrorSummary = {
    total: failures.length,
    byKind,
    items: failures.slice(0, LISTED_ERRORS),
    notReadableWithCredential: snapshot.errors.length - failures.length,
  };
  if (snapshot.kubernetes.version.data === null) {
    const cause = snapshot.kubernetes.version.errors[0] ?? failures[0];
    summary.reason = cause ? `${cause.target}: ${cause.message}` : "the Kubernetes API could not be read";
    return { outcome: "failed", summary };
  }
  return { outcome: failures.length > 0 ? "partial" : "succeeded", summary };
}
