import { getDb } from "@/lib/server/store/db";

export interface ClaimedRun {
  id: string;
  clusterId: string;
  /** The claim: only a writer holding the latest attempt may update or finish the run. */
  attempt: number;
}

/** claimRun's answer: the claim, "busy" (the fleet's running runs are at the limit), or null. */
export type ClaimResult = ClaimedRun | "busy" | null;

/**
 * Marks a queued run (or a running one whose worker was lost and whose job is being retried) as
 * running under a new attempt. null: the run is already final (or gone), so there is nothing to do.
 *
 * `fleetLimit`: at most this many runs of the whole fleet are running at once, whatever the number
 * of workers. The count and the claim happen under one advisory lock, so workers claiming at the
 * same instant cannot both take the last slot (pg-boss' `groupConcurrency` counts and fetches
 * without such a lock and was seen to let five runs through a limit of two). "busy": the run stays
 * queued; the caller tries again when a slot may have freed.
 */
export async function claimRun({
  runId,
  workerId,
  fleetLimit,
}: {
  runId: string;
  workerId: string;
  fleetLimit: number;
}): Promise<ClaimResult> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('lotse:fleet-slots'))`;
    const [{ running }] = await tx.$queryRaw<[{ running: number }]>`
      SELECT count(*)::int AS running FROM collection_runs WHERE status = 'running' AND id <> ${runId}`;
    const rows = await tx.$queryRaw<(ClaimedRun & { isFinal: boolean })[]>`
      SELECT id, "clusterId", attempt, status NOT IN ('queued', 'running') AS "isFinal"
        FROM collection_runs WHERE id = ${runId}`;
    const row = rows[0];
    if (!row || row.isFinal) return null;
    if (running >= fleetLimit) return "busy";
    const claimed = await tx.$queryRaw<ClaimedRun[]>`
      UPDATE collection_runs
         SET status = 'running', attempt = attempt + 1, "workerId" = ${workerId}, "startedAt" = now(),
             progress = '{}'::jsonb
       WHERE id = ${runId} AND status IN ('queued', 'running')
       RETURNING id, "clusterId", attempt`;
    return claimed[0] ?? null;
  });
}
