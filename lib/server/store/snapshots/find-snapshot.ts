import { getDb } from "@/lib/server/store/db";

export interface SnapshotRow {
  hash: string;
  clusterId: string;
  schemaVersion: number;
  codec: string;
  rawBytes: number;
  content: Uint8Array;
  createdAt: Date;
}

export function findSnapshot({ hash }: { hash: string }): Promise<SnapshotRow | null> {
  return getDb().snapshot.findUnique({ where: { hash } });
}

/** The snapshot of the cluster's most recent run that stored one. */
export async function findLatestSnapshotRef({
  clusterId,
}: {
  clusterId: string;
}): Promise<{ snapshotHash: string; runId: string } | null> {
  const run = await getDb().collectionRun.findFirst({
    where: { clusterId, snapshotHash: { not: null } },
    orderBy: { finishedAt: "desc" },
    select: { id: true, snapshotHash: true },
  });
  return run?.snapshotHash ? { snapshotHash: run.snapshotHash, runId: run.id } : null;
}
