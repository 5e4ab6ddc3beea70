import { decodeSnapshot, type StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { findLatestSnapshotRef, findSnapshot } from "@/lib/server/store/snapshots/find-snapshot";

export interface LoadedSnapshot {
  snapshotHash: string;
  /** The run that stored it; null when only the hash was asked for. */
  runId: string | null;
  snapshot: StoredSnapshot;
}

/** A stored snapshot, decoded and checked against its hash; null when it is not stored. */
export async function loadSnapshot(ref: {
  snapshotHash: string;
  runId: string | null;
}): Promise<LoadedSnapshot | null> {
  const row = await findSnapshot({ hash: ref.snapshotHash });
  return row ? { ...ref, snapshot: decodeSnapshot(row) } : null;
}

/** The cluster's most recently stored snapshot (of its latest run that stored one), decoded. */
export async function loadLatestSnapshot({ clusterId }: { clusterId: string }): Promise<LoadedSnapshot | null> {
  const ref = await findLatestSnapshotRef({ clusterId });
  return ref ? loadSnapshot(ref) : null;
}
