// GET /api/v1/waivers – the waiver register; POST – accept a risk (engineer, admin)
import { NextResponse } from "next/server";
import { createWaiverSchema } from "@/lib/shared/waiver-view";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { createWaiver, listWaivers } from "@/lib/server/waivers/waiver-use-cases";

export const GET = withRoute({ roles: ANY_ROLE, handler: async () => listWaivers() });

export const POST = withRoute({
  roles: ["admin", "engineer"],
  body: createWaiverSchema,
  auditDeniedAs: "waiver.create",
  handler: async ({ actor, body }) => NextResponse.json(await createWaiver({ input: body, actor }), { status: 201 }),
});
