// POST /api/v1/clusters/{id}/test – reach Kubernetes /version and Talos Version with short deadlines
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { testClusterConnection } from "@/lib/server/clusters/test-cluster-connection";

export const POST = withRoute({
  roles: ["admin", "engineer"],
  params: uuidParams,
  auditDeniedAs: "cluster.test-connection",
  handler: async ({ actor, params }) => testClusterConnection({ id: params.id, actor }),
});
