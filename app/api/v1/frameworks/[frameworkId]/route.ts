// GET /api/v1/frameworks/{frameworkId}?environment= – one framework across the fleet, control × cluster
import { z } from "zod";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import { FRAMEWORK_IDS } from "@/lib/shared/fleet-framework-view";
import { ANY_ROLE } from "@/lib/shared/roles";
import { loadFleetFramework } from "@/lib/server/frameworks/load-fleet-frameworks";
import { AppError } from "@/lib/server/http/app-error";
import { withRoute } from "@/lib/server/http/with-route";

const params = z.object({ frameworkId: z.enum(FRAMEWORK_IDS, "no such framework") });
const query = z.object({ environment: z.enum(ENVIRONMENTS).optional() }).strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  params,
  query,
  handler: async ({ params, query }) => {
    const view = await loadFleetFramework({
      frameworkId: params.frameworkId,
      filter: { environment: query.environment },
    });
    if (!view) throw new AppError("not_found", "No such framework.");
    return view;
  },
});
