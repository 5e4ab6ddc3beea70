// GET /api/v1/evidence-packs – past evidence packs; POST – generate one (auditor, admin)
import { NextResponse } from "next/server";
import { evidenceScopeSchema } from "@/lib/shared/evidence-pack-view";
import { generateEvidencePack } from "@/lib/server/evidence/generate-evidence-pack";
import { listEvidencePacks } from "@/lib/server/evidence/list-evidence-packs";
import { withRoute } from "@/lib/server/http/with-route";
import { EVIDENCE_ROLES } from "@/lib/server/evidence/evidence-roles";

export const GET = withRoute({
  roles: EVIDENCE_ROLES,
  auditDeniedAs: "evidence.list",
  handler: async () => listEvidencePacks(),
});

export const POST = withRoute({
  roles: EVIDENCE_ROLES,
  body: evidenceScopeSchema,
  auditDeniedAs: "evidence.generate",
  handler: async ({ actor, body }) =>
    NextResponse.json(await generateEvidencePack({ input: body, actor }), { status: 201 }),
});
