// GET /api/v1/evidence-packs/{id} – one pack: status, scope, manifest hash (auditor, admin)
import { getEvidencePack } from "@/lib/server/evidence/list-evidence-packs";
import { EVIDENCE_ROLES } from "@/lib/server/evidence/evidence-roles";
import { uuidParams } from "@/lib/server/http/id-params";
import { withRoute } from "@/lib/server/http/with-route";

export const GET = withRoute({
  roles: EVIDENCE_ROLES,
  params: uuidParams,
  auditDeniedAs: "evidence.read",
  handler: async ({ params }) => getEvidencePack({ id: params.id }),
});
