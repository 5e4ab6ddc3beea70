// GET /api/v1/clusters/{id}/nodes – the cluster's nodes from its latest snapshot, with the Talos nodes compared
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { viewClusterNodes } from "@/lib/server/nodes/view-cluster-nodes";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  query: z.object({}).strict(),
  handler: ({ params }) => viewClusterNodes({ clusterId: params.id }),
});
