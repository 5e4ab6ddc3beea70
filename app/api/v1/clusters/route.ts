// GET /api/v1/clusters – list clusters; POST /api/v1/clusters – register a cluster with its credentials
import { NextResponse } from "next/server";
import { withRoute } from "@/lib/server/http/with-route";
import { createClusterSchema } from "@/lib/shared/cluster-schemas";
import { ANY_ROLE } from "@/lib/shared/roles";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { viewClusters } from "@/lib/server/clusters/to-cluster-view";
import { registerCluster } from "@/lib/server/clusters/register-cluster";

export const GET = withRoute({
  roles: ANY_ROLE,
  // Note: unlike GET /api/v1/clusters/{id}, the list is not audit-logged. Most pages read it for
  // names and freshness (filters, pickers, the collect-all button) and the cluster list re-reads it
  // every 2 s while collections run, so one event per read would bury the log. Looking at one
  // cluster's credentials means opening that cluster, and that is logged.
  handler: async ({ actor }) => ({ items: await viewClusters(actor.role, await findClusters()) }),
});

export const POST = withRoute({
  roles: ["admin"],
  body: createClusterSchema,
  auditDeniedAs: "cluster.create",
  handler: async ({ actor, body }) => NextResponse.json(await registerCluster({ input: body, actor }), { status: 201 }),
});
