import type { CollectionRequestView } from "@/lib/shared/run-view";
import type { Actor } from "@/lib/server/auth/actor";
import { readEnv } from "@/lib/server/config/read-env";
import { AppError } from "@/lib/server/http/app-error";
import { logger } from "@/lib/server/log/logger";
import { getJobSender } from "@/lib/server/jobs/job-queue";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { requestCollection, type JobSender } from "./request-collection";

async function openSender(): Promise<JobSender> {
  try {
    return await getJobSender(readEnv());
  } catch (error) {
    // The driver's message can name the database host; it goes to the log, not to the caller.
    logger.error({ reason: error instanceof Error ? error.message : String(error) }, "job queue not reachable");
    throw new AppError("unavailable", "The job queue is not reachable; try again shortly.");
  }
}

/** "Collect now" for one cluster: 202 with the run that will do it (a new one, or the one already active). */
export async function collectClusterNow({
  clusterId,
  actor,
}: {
  clusterId: string;
  actor: Actor;
}): Promise<CollectionRequestView> {
  const sender = await openSender();
  const requested = await requestCollection({ clusterId, trigger: "manual", requestedBy: actor.label, sender });
  if (!requested) throw new AppError("not_found", "No such cluster.");
  await recordAuditEvent({
    actor,
    action: "cluster.collect",
    outcome: "success",
    target: { type: "cluster", id: clusterId },
    details: { runId: requested.run.id, joined: requested.joined },
  });
  return { runId: requested.run.id, clusterId, status: requested.run.status, joined: requested.joined };
}

/** "Collect all": one run per registered cluster (joining those already active). */
export async function collectFleetNow({ actor }: { actor: Actor }): Promise<{ runs: CollectionRequestView[] }> {
  const sender = await openSender();
  const runs: CollectionRequestView[] = [];
  for (const cluster of await findClusters()) {
    const requested = await requestCollection({
      clusterId: cluster.id,
      trigger: "fleet",
      requestedBy: actor.label,
      sender,
    });
    if (requested) {
      runs.push({
        runId: requested.run.id,
        clusterId: cluster.id,
        status: requested.run.status,
        joined: requested.joined,
      });
    }
  }
  await recordAuditEvent({
    actor,
    action: "fleet.collect",
    outcome: "success",
    target: { type: "fleet", id: "all" },
    details: { clusters: runs.length, joined: runs.filter((run) => run.joined).length },
  });
  return { runs };
}
