import type { Logger } from "pino";
import type { PgBoss } from "pg-boss";
import { latestCronSlot } from "@/lib/server/runs/cron-slots";
import { enqueueRun, requestCollection } from "@/lib/server/runs/request-collection";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { failRun } from "@/lib/server/store/runs/fail-run";
import { findActiveRuns, findLatestRunPerCluster } from "@/lib/server/store/runs/find-runs";
import { COLLECT_QUEUE } from "./job-queue";

/** A queued run without a job this long after it was queued lost its sender (a crash in between). */
const ORPHAN_AFTER_MS = 30_000;

export interface SchedulerTickResult {
  scheduled: number;
  requeued: number;
  failedLost: number;
}

/**
 * One pass of the scheduler; every worker runs it every few seconds, racing on purpose:
 * - a cluster whose latest cron slot has no run queued at or after it gets one run for that slot
 *   (unique per cluster and slot, so racing workers create it once; missed slots while Lotse was
 *   down collapse into the latest one);
 * - a queued run whose job was never sent is sent again;
 * - an unfinished run whose job is final (retries exhausted after its workers died) is failed with
 *   the reason, so no run stays `running` forever.
 */
export async function runSchedulerTick({
  boss,
  now = new Date(),
  log,
}: {
  boss: Pick<PgBoss, "send" | "getJobById">;
  now?: Date;
  log: Logger;
}): Promise<SchedulerTickResult> {
  const result: SchedulerTickResult = { scheduled: 0, requeued: 0, failedLost: 0 };
  const [clusters, latestRuns] = await Promise.all([findClusters(), findLatestRunPerCluster()]);
  const latestByCluster = new Map(latestRuns.map((run) => [run.clusterId, run]));

  for (const cluster of clusters) {
    let slot: Date;
    try {
      slot = latestCronSlot({ schedule: cluster.schedule, now });
    } catch {
      log.warn({ clusterId: cluster.id, schedule: cluster.schedule }, "cluster has an unusable schedule");
      continue;
    }
    const latest = latestByCluster.get(cluster.id);
    if (latest && latest.queuedAt.getTime() >= slot.getTime()) continue;
    try {
      const requested = await requestCollection({
        clusterId: cluster.id,
        trigger: "schedule",
        requestedBy: "schedule",
        scheduledFor: slot,
        sender: boss,
      });
      if (requested && !requested.joined) result.scheduled++;
    } catch (error) {
      log.error(
        { clusterId: cluster.id, reason: error instanceof Error ? error.message : String(error) },
        "scheduling failed",
      );
    }
  }

  for (const run of await findActiveRuns()) {
    if (!run.jobId) {
      if (now.getTime() - run.queuedAt.getTime() < ORPHAN_AFTER_MS) continue;
      try {
        await enqueueRun({ run, sender: boss });
        result.requeued++;
      } catch (error) {
        log.error({ runId: run.id, reason: error instanceof Error ? error.message : String(error) }, "requeue failed");
      }
      continue;
    }
    const job = await boss.getJobById(COLLECT_QUEUE, run.jobId);
    const jobState = job?.state ?? "deleted";
    if (jobState === "created" || jobState === "retry" || jobState === "active") continue;
    const reason =
      jobState === "failed"
        ? "the worker collecting this cluster stopped and every retry failed"
        : `the collection job ended (${jobState}) without finishing the run`;
    if (await failRun({ runId: run.id, reason })) {
      result.failedLost++;
      log.warn({ runId: run.id, clusterId: run.clusterId, jobState }, "failed a run its job no longer covers");
    }
  }
  return result;
}
