import type { EvidencePackView, EvidenceScope } from "@/lib/shared/evidence-pack-view";
import type { EvidencePackRow } from "@/lib/server/store/evidence/evidence-pack-store";

export function toEvidencePackView(row: EvidencePackRow): EvidencePackView {
  return {
    id: row.id,
    status: row.status,
    scope: row.scope as unknown as EvidenceScope,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    manifestSha256: row.manifestSha256,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    error: row.error,
  };
}
