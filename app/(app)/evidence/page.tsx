import type { Metadata } from "next";
import { EvidenceWorkspace } from "@/components/evidence/evidence-workspace";
import { PageHeader } from "@/components/ui/page-header";
import { CATALOG } from "@/lib/catalog/catalog";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE, type Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Evidence" };

/** Who may generate and download packs (the API enforces the same roles). */
const EVIDENCE_ROLES: readonly Role[] = ["admin", "auditor"];

export default async function EvidencePage() {
  const { actor } = await requirePageActor(ANY_ROLE);
  const frameworks = CATALOG.frameworks.map(({ id, name, version }) => ({ id, name, version }));
  return (
    <>
      <PageHeader
        title="Evidence"
        description="Signed, reproducible evidence packs: choose frameworks, clusters and a period, and hand auditors a zip they can verify offline, with an executive summary and OSCAL assessment results."
      />
      <EvidenceWorkspace frameworks={frameworks} canGenerate={EVIDENCE_ROLES.includes(actor.role)} />
    </>
  );
}
