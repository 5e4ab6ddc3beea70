// POST /api/v1/fleet/collect – "collect all": 202 { runs: [{ clusterId, runId, joined }] }
import { NextResponse } from "next/server";
import { withRoute } from "@/lib/server/http/with-route";
import { collectFleetNow } from "@/lib/server/runs/collect-clusters";

export const POST = withRoute({
  roles: ["admin", "engineer"],
  auditDeniedAs: "fleet.collect",
  handler: async ({ actor }) => NextResponse.json(await collectFleetNow({ actor }), { status: 202 }),
});
