import { randomUUID } from "node:crypto";
import { getDb, type Prisma } from "@/lib/server/store/db";
import type { FinishedStatus, SnapshotToStore } from "@/lib/server/store/runs/finish-run";

/**
 * Stores a collection replayed at a past time (history seeding) in one transaction: the snapshot
 * (deduplicated by hash), a finished scheduled run stamped at `at`, and the cluster's last success
 * time, which only ever moves forward.
 *
 * Note: the run is inserted already final, never queued or running: the scheduler's recovery pass
 * would take a backdated active run for an orphan and hand it to a worker (which would then read
 * the simulator at whatever day it shows). `scheduledFor` = `at` keeps it unique per day.
 */
export async function recordReplayedRun({
  clusterId,
  at,
  durationMs,
  status,
  errorSummary,
  timings,
  snapshot,
}: {
  clusterId: string;
  at: Date;
  durationMs: number;
  status: FinishedStatus;
  errorSummary: Prisma.InputJsonValue;
  timings: Prisma.InputJsonValue;
  snapshot: SnapshotToStore | null;
}): Promise<{ runId: string; finishedAt: Date; isNewSnapshot: boolean }> {
  const runId = randomUUID();
  const finishedAt = new Date(at.getTime() + durationMs);
  return getDb().$transaction(async (tx) => {
    let isNewSnapshot = false;
    // An unchanged snapshot is already stored: look it up by hash first, so its content (often
    // hundreds of kB) is not sent to the database for every replayed hour only to be discarded.
    const isStored = snapshot !== null && (await tx.snapshot.count({ where: { hash: snapshot.hash } })) > 0;
    if (snapshot && !isStored) {
      const inserted = await tx.$executeRaw`
        INSERT INTO snapshots (hash, "clusterId", "schemaVersion", codec, "rawBytes", content, "createdAt")
        VALUES (${snapshot.hash}, ${clusterId}, ${snapshot.schemaVersion}, ${snapshot.codec}, ${snapshot.rawBytes},
                ${Buffer.from(snapshot.content)}, ${finishedAt})
        ON CONFLICT (hash) DO NOTHING`;
      isNewSnapshot = inserted === 1;
    }
    await tx.collectionRun.create({
      data: {
        id: runId,
        clusterId,
        status,
        trigger: "schedule",
        requestedBy: "schedule",
        scheduledFor: at,
        queuedAt: at,
        startedAt: at,
        finishedAt,
        durationMs,
        attempt: 1,
        workerId: "history-seed",
        errorSummary,
        timings,
        snapshotHash: snapshot?.hash ?? null,
      },
    });
    if (status !== "failed") {
      await tx.$executeRaw`
        UPDATE clusters SET "lastSuccessAt" = GREATEST(COALESCE("lastSuccessAt", ${finishedAt}), ${finishedAt})
         WHERE id = ${clusterId}`;
    }
    return { runId, finishedAt, isNewSnapshot };
  });
}
