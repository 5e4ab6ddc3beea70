// POST /api/v1/clusters/{id}/collect – "collect now": 202 { runId, joined } (joins an active run)
import { NextResponse } from "next/server";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { collectClusterNow } from "@/lib/server/runs/collect-clusters";

export const POST = withRoute({
  roles: ["admin", "engineer"],
  params: uuidParams,
  auditDeniedAs: "cluster.collect",
  handler: async ({ actor, params }) =>
    NextResponse.json(await collectClusterNow({ clusterId: params.id, actor }), { status: 202 }),
});
