import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/server/store/db";
import type { RunRow, RunTrigger } from "./run-row";

export interface CreateRunResult {
  run: RunRow;
  /** false: a new run was queued; true: an active run (or this slot's run) already existed and is returned. */
  joined: boolean;
}

/**
 * Queues a run unless the cluster already has one queued or running (a partial unique index makes
 * this hold across processes), or, for a scheduled run, the slot already has its run. Either way
 * the caller gets the run that will do the work.
 */
export async function createRun({
  clusterId,
  trigger,
  requestedBy,
  scheduledFor = null,
}: {
  clusterId: string;
  trigger: RunTrigger;
  requestedBy: string;
  scheduledFor?: Date | null;
}): Promise<CreateRunResult | null> {
  const db = getDb();
  for (let attempt = 0; attempt < 5; attempt++) {
    const inserted = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO collection_runs (id, "clusterId", status, trigger, "requestedBy", "scheduledFor", "queuedAt")
      SELECT ${randomUUID()}, ${clusterId}, 'queued', ${trigger}::"RunTrigger", ${requestedBy}, ${scheduledFor}, now()
      WHERE EXISTS (SELECT 1 FROM clusters WHERE id = ${clusterId})
      ON CONFLICT DO NOTHING
      RETURNING id`;
    if (inserted[0])
      return { run: await db.collectionRun.findUniqueOrThrow({ where: { id: inserted[0].id } }), joined: false };

    const existing = await db.collectionRun.findFirst({
      where: {
        clusterId,
        OR: [{ status: { in: ["queued", "running"] } }, ...(scheduledFor ? [{ scheduledFor }] : [])],
      },
      orderBy: { queuedAt: "desc" },
    });
    if (existing) return { run: existing, joined: true };
    const clusterExists = await db.cluster.count({ where: { id: clusterId } });
    if (clusterExists === 0) return null;
    // The active run finished between the insert and the lookup: try again.
  }
  throw new Error(`could not queue a run for cluster ${clusterId}: the cluster's runs kept changing`);
}
