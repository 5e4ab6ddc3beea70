import { getDb, type Prisma } from "@/lib/server/store/db";

export interface SnapshotToStore {
  hash: string;
  schemaVersion: number;
  codec: string;
  rawBytes: number;
  content: Uint8Array;
}

export type FinishedStatus = "succeeded" | "partial" | "failed";

/**
 * Stores a run's result in one transaction: the snapshot (only when no snapshot with the same hash
 * exists: unchanged clusters store nothing new), the run's final state and, when the cluster was
 * read, its last success time. Returns false, writing nothing, when the run is no longer held by
 * this attempt (another worker took it over, or it was already finished).
 */
export async function finishRun({
  runId,
  clusterId,
  attempt,
  status,
  errorSummary,
  timings,
  snapshot,
}: {
  runId: string;
  clusterId: string;
  attempt: number;
  status: FinishedStatus;
  errorSummary: Prisma.InputJsonValue;
  timings: Prisma.InputJsonValue | null;
  snapshot: SnapshotToStore | null;
}): Promise<{ stored: boolean; isNewSnapshot: boolean }> {
  return getDb().$transaction(async (tx) => {
    const held = await tx.$queryRaw<{ startedAt: Date | null }[]>`
      SELECT "startedAt" FROM collection_runs
       WHERE id = ${runId} AND attempt = ${attempt} AND status = 'running'
       FOR UPDATE`;
    if (!held[0]) return { stored: false, isNewSnapshot: false };
    let isNewSnapshot = false;
    if (snapshot) {
      const inserted = await tx.$executeRaw`
        INSERT INTO snapshots (hash, "clusterId", "schemaVersion", codec, "rawBytes", content, "createdAt")
        VALUES (${snapshot.hash}, ${clusterId}, ${snapshot.schemaVersion}, ${snapshot.codec}, ${snapshot.rawBytes},
                ${Buffer.from(snapshot.content)}, now())
        ON CONFLICT (hash) DO NOTHING`;
      isNewSnapshot = inserted === 1;
    }
    const finishedAt = new Date();
    const startedAt = held[0].startedAt ?? finishedAt;
    await tx.collectionRun.update({
      where: { id: runId },
      data: {
        status,
        finishedAt,
        durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
        errorSummary,
        timings: timings ?? undefined,
        snapshotHash: snapshot?.hash ?? null,
      },
    });
    if (status !== "failed") {
      await tx.cluster.update({ where: { id: clusterId }, data: { lastSuccessAt: finishedAt } });
    }
    return { stored: true, isNewSnapshot };
  });
}
