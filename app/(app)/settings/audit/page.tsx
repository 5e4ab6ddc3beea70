import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Audit log" };

const ROLES: readonly Role[] = ["admin", "auditor"];

export default async function AuditPage() {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="The audit log" />;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Sign-ins, credential and cluster changes, who looked at credentials, tokens and users — newest first. Entries cannot be changed or deleted."
      />
      <AuditLog />
    </>
  );
}
