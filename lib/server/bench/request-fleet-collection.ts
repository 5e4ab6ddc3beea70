import { readEnv } from "@/lib/server/config/read-env";
import { createJobQueue, ensureCollectQueue } from "@/lib/server/jobs/job-queue";
import { requestCollection } from "@/lib/server/runs/request-collection";

/**
 * "Collect all" (or "collect now" for some clusters) as the fleet route does it: one run per
 * cluster through requestCollection and the job queue; returns the run ids. The queue sender is
 * opened and closed here (the route's sender is a process-wide singleton).
 */
export async function requestFleetCollection({
  clusterIds,
  trigger = "fleet",
}: {
  clusterIds: readonly string[];
  trigger?: "fleet" | "manual";
}): Promise<string[]> {
  const env = readEnv();
  const sender = createJobQueue({ connectionString: env.DATABASE_URL, role: "sender" });
  await sender.start();
  try {
    await ensureCollectQueue(sender, env);
    const runIds: string[] = [];
    for (const clusterId of clusterIds) {
      const requested = await requestCollection({ clusterId, trigger, requestedBy: "bench", sender });
      if (!requested) throw new Error(`cluster ${clusterId} is gone`);
      runIds.push(requested.run.id);
    }
    return runIds;
  } finally {
    await sender.stop({ graceful: false });
  }
}
