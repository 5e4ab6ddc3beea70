// GET /api/v1/clusters/{id}/nodes/{node} – one node: security state, KSPP sysctls, kernel command line, services
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { AppError } from "@/lib/server/http/app-error";
import { withRoute } from "@/lib/server/http/with-route";
import { nodeNameSchema } from "@/lib/server/nodes/node-params";
import { viewNode } from "@/lib/server/nodes/view-node";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: z.object({ id: z.uuid("not a valid id"), node: z.string() }),
  query: z.object({}).strict(),
  handler: ({ params }) => {
    // The wrapper answers a bad path with 404; a malformed node name is the caller's mistake: 400.
    const node = nodeNameSchema.safeParse(params.node);
    if (!node.success) {
      throw new AppError("bad_request", `node: ${node.error.issues[0]?.message ?? "not a valid node name"}`, {
        field: "node",
      });
    }
    return viewNode({ clusterId: params.id, node: node.data });
  },
});
