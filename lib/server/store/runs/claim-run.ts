import { getDb } from "@/lib/server/store/db";

export interface ClaimedRun {
  id: string;
  clusterId: string;
  /** The claim: only a writer holding the latest attempt may update or finish the run. */
  attempt: number;
}

/**
 * Marks a queued run (or a running one whose worker was lost and whose job is being retried) as
 * running under a new attempt. null: the run is already final (or gone), so there is nothing to do.
 */
export async function claimRun({ runId, workerId }: { runId: string; workerId: string }): Promise<ClaimedRun | null> {
  const rows = await getDb().$queryRaw<ClaimedRun[]>`
    UPDATE collection_runs
       SET status = 'running', attempt = attempt + 1, "workerId" = ${workerId}, "startedAt" = now(),
           progress = '{}'::jsonb
     WHERE id = ${runId} AND status IN ('queued', 'running')
     RETURNING id, "clusterId", attempt`;
  return rows[0] ?? null;
}
