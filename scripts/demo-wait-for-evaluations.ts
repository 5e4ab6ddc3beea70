import { z } from "zod";
import { expectOk, type ApiRequest } from "./demo-api-client";

const heatmapSchema = z.object({ clusters: z.array(z.object({ id: z.string(), evaluatedAt: z.string().nullable() })) });
const POLL_MS = 2_000;

/**
 * Asks for "collect all" and waits (at most `timeoutMs`) until every cluster has been evaluated
 * once, so history can be joined to that first evaluation. Returns how many still have none.
 */
export async function waitForFirstEvaluations({
  api,
  clusterIds,
  timeoutMs,
}: {
  api: ApiRequest;
  clusterIds: readonly string[];
  timeoutMs: number;
}): Promise<number> {
  expectOk({
    response: await api({ method: "POST", path: "/api/v1/fleet/collect" }),
    schema: z.unknown(),
    what: "collect all",
    statuses: [202],
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = expectOk({
      response: await api({ method: "GET", path: "/api/v1/fleet/heatmap" }),
      schema: heatmapSchema,
      what: "the fleet heatmap",
    });
    const evaluated = new Set(view.clusters.filter((cluster) => cluster.evaluatedAt).map((cluster) => cluster.id));
    const missing = clusterIds.filter((id) => !evaluated.has(id)).length;
    if (missing === 0 || Date.now() > deadline) return missing;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
