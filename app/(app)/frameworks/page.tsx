import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  await requirePageActor(ANY_ROLE);
  return (
    <>
      <PageHeader
        title="Frameworks"
        description="How the fleet stands against each compliance framework, control by control."
      />
      <EmptyState icon="frameworks" title="No framework results yet">
        <p>
          This page will list CIS Kubernetes Benchmark, NIST SP 800-53, ISO/IEC 27001:2022, SOC 2, PCI DSS 4.0, NIS2 and
          GDPR with a score per cluster, each control traced to the checks and evidence behind it.
        </p>
        <p>
          It fills in once the control catalog ships and the first collection has run. Every role can read it; viewers
          see scores without evidence.
        </p>
      </EmptyState>
    </>
  );
}
