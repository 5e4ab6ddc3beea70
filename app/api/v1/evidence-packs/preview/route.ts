// GET /api/v1/evidence-packs/preview?frameworks=a,b&… – counts a pack of this scope would hold (auditor, admin)
import { evidenceScopeQuerySchema } from "@/lib/shared/evidence-pack-view";
import { EVIDENCE_ROLES } from "@/lib/server/evidence/evidence-roles";
import { previewEvidenceScope } from "@/lib/server/evidence/preview-evidence-scope";
import { withRoute } from "@/lib/server/http/with-route";

export const GET = withRoute({
  roles: EVIDENCE_ROLES,
  query: evidenceScopeQuerySchema,
  auditDeniedAs: "evidence.preview",
  handler: async ({ query }) => previewEvidenceScope({ input: query }),
});
