import type { Metadata } from "next";
import { FleetOverview } from "@/components/fleet/fleet-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Fleet" };

export default async function FleetPage() {
  const { actor } = await requirePageActor(ANY_ROLE);
  return (
    <>
      <PageHeader
        title="Fleet"
        description="Every registered cluster, by where it runs. Compliance scores join this view once collection and the control catalog are in place; until then nothing here is a compliance result."
      />
      <FleetOverview isAdmin={actor.role === "admin"} />
    </>
  );
}
