// GET /api/v1/evidence-packs/{id}/download – the pack's zip, streamed (auditor, admin; audit-logged)
import { Readable } from "node:stream";
import { EVIDENCE_ROLES } from "@/lib/server/evidence/evidence-roles";
import { openEvidencePackDownload } from "@/lib/server/evidence/open-evidence-pack-download";
import { uuidParams } from "@/lib/server/http/id-params";
import { withRoute } from "@/lib/server/http/with-route";

export const GET = withRoute({
  roles: EVIDENCE_ROLES,
  params: uuidParams,
  auditDeniedAs: "evidence.download",
  handler: async ({ actor, params, requestId }) => {
    const download = await openEvidencePackDownload({ id: params.id, actor });
    return new Response(Readable.toWeb(download.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/zip",
        "content-length": String(download.sizeBytes),
        "content-disposition": `attachment; filename="${download.fileName}"`,
        "cache-control": "no-store",
        "x-manifest-sha256": download.manifestSha256,
        "x-request-id": requestId,
      },
    });
  },
});
