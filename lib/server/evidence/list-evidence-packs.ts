import type { EvidencePackListView, EvidencePackView } from "@/lib/shared/evidence-pack-view";
import { AppError } from "@/lib/server/http/app-error";
import { findEvidencePack, findEvidencePacks } from "@/lib/server/store/evidence/evidence-pack-store";
import { toEvidencePackView } from "./to-evidence-pack-view";

/** Past packs, newest first. */
export async function listEvidencePacks(): Promise<EvidencePackListView> {
  return { items: (await findEvidencePacks()).map(toEvidencePackView) };
}

export async function getEvidencePack({ id }: { id: string }): Promise<EvidencePackView> {
  const row = await findEvidencePack({ id });
  if (!row) throw new AppError("not_found", "No such evidence pack.");
  return toEvidencePackView(row);
}
