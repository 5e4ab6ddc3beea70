// GET /api/v1/me – who am I (role, label) for the UI and for API token checks
import { withRoute } from "@/lib/server/http/with-route";
import { ANY_ROLE } from "@/lib/shared/roles";

export const GET = withRoute({
  roles: ANY_ROLE,
  handler: async ({ actor }) => ({ type: actor.type, label: actor.label, role: actor.role }),
});
