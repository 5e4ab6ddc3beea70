// DELETE /api/v1/tokens/{id} – revoke an API token (effective immediately)
import { withRoute } from "@/lib/server/http/with-route";
import { cuidParams } from "@/lib/server/http/id-params";
import { withdrawApiToken } from "@/lib/server/tokens/withdraw-api-token";

export const DELETE = withRoute({
  roles: ["admin"],
  params: cuidParams,
  auditDeniedAs: "token.revoke",
  handler: async ({ actor, params }) => withdrawApiToken({ id: params.id, actor }),
});
