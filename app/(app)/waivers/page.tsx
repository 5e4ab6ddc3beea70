import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { WaiverRegister } from "@/components/waivers/waiver-register";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Waivers" };

export default async function WaiversPage() {
  const { actor } = await requirePageActor(ANY_ROLE);
  const checks = getEvaluationCatalog().catalog.checks.map(({ id, title, group }) => ({ id, title, group }));
  return (
    <>
      <PageHeader
        title="Waivers"
        description="Accepted risks: each one names a check, where it applies, why, who approved it and when it ends. Waived findings stay visible as WAIVED."
      />
      <WaiverRegister
        checks={checks}
        canManage={actor.role === "admin" || actor.role === "engineer"}
        approver={actor.label}
      />
    </>
  );
}
