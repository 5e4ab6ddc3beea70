// GET /api/v1/frameworks?environment=&cluster= – every framework over the fleet (or one cluster): counts and score
import { z } from "zod";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import { ANY_ROLE } from "@/lib/shared/roles";
import { loadFleetFrameworks } from "@/lib/server/frameworks/load-fleet-frameworks";
import { AppError } from "@/lib/server/http/app-error";
import { withRoute } from "@/lib/server/http/with-route";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";

const query = z
  .object({
    environment: z.enum(ENVIRONMENTS).optional(),
    cluster: z.uuid("not a valid cluster id").optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  query,
  handler: async ({ query }) => {
    if (query.cluster && !(await findCluster({ id: query.cluster }))) {
      throw new AppError("not_found", "No such cluster.");
    }
    return loadFleetFrameworks({ environment: query.environment, clusterId: query.cluster });
  },
});
