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
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  handler: async ({ actor, params }) => {
    const row = await findCluster({ id: params.id });
    if (!row) throw new AppError("not_found", "No such cluster.");
    const [view] = await viewClusters(actor.role, [row]);
    // Note: a credential view is audit-logged before it is answered, whoever asks (API token, or a
    // page that shows one cluster: its detail and framework pages, Settings → Clusters → edit).
    // Viewers get names and placement only: nothing to log.
    if (actor.role !== "viewer") {
      await recordAuditEvent({
        actor,
        action: "cluster.credentials.view",
        outcome: "success",
        target: { type: "cluster", id: row.id },
        details: { name: row.name },
      });
    }
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
