// DELETE /api/v1/waivers/{id} – revoke a waiver (kept in the register as revoked)
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { withdrawWaiver } from "@/lib/server/waivers/waiver-use-cases";

export const DELETE = withRoute({
  roles: ["admin", "engineer"],
  params: uuidParams,
  auditDeniedAs: "waiver.revoke",
  handler: async ({ actor, params }) => withdrawWaiver({ id: params.id, actor }),
});
