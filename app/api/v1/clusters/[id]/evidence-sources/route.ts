// GET /api/v1/clusters/{id}/evidence-sources – ecosystem tools found in the latest snapshot, their health and the checks they feed
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { viewEvidenceSources } from "@/lib/server/evidence-sources/view-evidence-sources";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  query: z.object({}).strict(),
  handler: ({ params }) => viewEvidenceSources({ clusterId: params.id }),
});
