import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Evidence" };

const EVIDENCE_ROLES: readonly Role[] = ["admin", "auditor"];

export default async function EvidencePage() {
  const { actor, isAllowed } = await requirePageActor(EVIDENCE_ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={EVIDENCE_ROLES} what="Evidence" />;
  return (
    <>
      <PageHeader
        title="Evidence"
        description="Signed evidence packs that prove which controls held on which clusters, over a period you choose."
      />
      <EmptyState icon="evidence" title="No evidence to export yet">
        <p>
          Here auditors and admins will pick frameworks, clusters and a period, and download a signed pack: every
          finding with the snapshot it was derived from, hashes, and a manifest an auditor can verify offline.
        </p>
        <p>Evidence exists once collections have run; each download is recorded in the audit log.</p>
      </EmptyState>
    </>
  );
}
