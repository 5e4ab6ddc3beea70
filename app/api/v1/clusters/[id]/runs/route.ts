// GET /api/v1/clusters/{id}/runs?limit=&before= – the cluster's runs, newest first
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { AppError } from "@/lib/server/http/app-error";
import { toRunView } from "@/lib/server/runs/to-run-view";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findClusterRuns } from "@/lib/server/store/runs/find-runs";

const query = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    before: z.uuid("not a valid run id").optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  query,
  handler: async ({ params, query }) => {
    if (!(await findCluster({ id: params.id }))) throw new AppError("not_found", "No such cluster.");
    const runs = await findClusterRuns({ clusterId: params.id, limit: query.limit + 1, before: query.before });
    const page = runs.slice(0, query.limit);
    return {
      items: page.map(toRunView),
      nextBefore: runs.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  },
});
