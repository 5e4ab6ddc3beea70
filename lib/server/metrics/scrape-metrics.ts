import { readEnv } from "@/lib/server/config/read-env";
import { AppError } from "@/lib/server/http/app-error";
import { getJobSender } from "@/lib/server/jobs/job-queue";
import { logger } from "@/lib/server/log/logger";
import { readMetricsSnapshot } from "./read-metrics-snapshot";
import { METRICS_CONTENT_TYPE, renderMetrics } from "./render-metrics";

async function openQueue(): ReturnType<typeof getJobSender> {
  try {
    return await getJobSender(readEnv());
  } catch (error) {
    // Only the message: pg errors can carry the client object and its connection settings.
    logger.warn({ reason: error instanceof Error ? error.message : String(error) }, "metrics: job queue unreachable");
    throw new AppError("unavailable", "The job queue is not reachable; metrics cannot be read.");
  }
}

/** One Prometheus scrape: read everything from the database now and answer in the text format. */
export async function scrapeMetrics(): Promise<Response> {
  const boss = await openQueue();
  const body = await renderMetrics(await readMetricsSnapshot({ now: new Date(), boss }));
  return new Response(body, {
    status: 200,
    headers: { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
