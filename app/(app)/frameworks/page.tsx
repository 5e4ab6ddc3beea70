import type { Metadata } from "next";
import { FleetFrameworks } from "@/components/frameworks/fleet-frameworks";
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
        description="How the fleet stands against each compliance framework. The fleet score pools every cluster × control result: passing ÷ (passing + failing); unknown results are counted beside it, never in it."
      />
      <FleetFrameworks />
    </>
  );
}
