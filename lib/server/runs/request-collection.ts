import type { PgBoss } from "pg-boss";
import { COLLECT_QUEUE, FLEET_GROUP, type CollectJobData } from "@/lib/server/jobs/job-queue";
import { createRun } from "@/lib/server/store/runs/create-run";
import { failRun } from "@/lib/server/store/runs/fail-run";
import { setRunJob } from "@/lib/server/store/runs/set-run-job";
import type { RunRow, RunTrigger } from "@/lib/server/store/runs/run-row";

export type JobSender = Pick<PgBoss, "send">;

export interface RequestedCollection {
  run: RunRow;
  /** true: the cluster already had a queued or running run (or this slot's run), which is returned. */
  joined: boolean;
}

/** Sends the job of a queued run; a run that cannot be queued is failed with the reason. */
export async function enqueueRun({ run, sender }: { run: RunRow; sender: JobSender }): Promise<void> {
  let jobId: string | null;
  try {
    const data: CollectJobData = { runId: run.id };
    jobId = await sender.send(COLLECT_QUEUE, data, { group: { id: FLEET_GROUP } });
  } catch (error) {
    const reason = `the collection could not be queued: ${error instanceof Error ? error.message : String(error)}`;
    await failRun({ runId: run.id, reason });
    throw new Error(reason);
  }
  if (!jobId) {
    await failRun({ runId: run.id, reason: "the collection could not be queued: the job queue refused the job" });
    throw new Error("the job queue refused the collection job");
  }
  await setRunJob({ runId: run.id, jobId });
}

/**
 * Queues a collection of one cluster, or joins the one already queued or running. null: no such
 * cluster. The job carries only the run id; the worker reads and decrypts credentials itself.
 */
export async function requestCollection({
  clusterId,
  trigger,
  requestedBy,
  scheduledFor,
  sender,
}: {
  clusterId: string;
  trigger: RunTrigger;
  requestedBy: string;
  scheduledFor?: Date;
  sender: JobSender;
}): Promise<RequestedCollection | null> {
  const created = await createRun({ clusterId, trigger, requestedBy, scheduledFor });
  if (!created) return null;
  if (!created.joined) await enqueueRun({ run: created.run, sender });
  return created;
}
