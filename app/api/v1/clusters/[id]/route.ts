// GET/PATCH/DELETE /api/v1/clusters/{id} – one cluster's metadata; update or remove it
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { AppError } from "@/lib/server/http/app-error";
import { updateClusterSchema } from "@/lib/shared/cluster-schemas";
import { ANY_ROLE } from "@/lib/shared/roles";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { viewClusters } from "@/lib/server/clusters/to-cluster-view";
import { changeCluster } from "@/lib/server/clusters/change-cluster";
import { removeCluster } from "@/lib/server/clusters/remove-cluster";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  handler: async ({ actor, params }) => {
    const row = await findCluster({ id: params.id });
    if (!row) throw new AppError("not_found", "No such cluster.");
    const [view] = await viewClusters(actor.role, [row]);
    return view;
  },
});

export const PATCH = withRoute({
  roles: ["admin"],
  params: uuidParams,
  body: updateClusterSchema,
  auditDeniedAs: "cluster.update",
  handler: async ({ actor, params, body }) => changeCluster({ id: params.id, input: body, actor }),
});

export const DELETE = withRoute({
  roles: ["admin"],
  params: uuidParams,
  auditDeniedAs: "cluster.delete",
  handler: async ({ actor, params }) => {
    await removeCluster({ id: params.id, actor });
    return new Response(null, { status: 204 });
  },
});
