import type { Metadata } from "next";
import { FleetHeatmap } from "@/components/fleet/fleet-heatmap";
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
        description="Each cluster's score per framework from its latest evaluation: the share of assessable controls that pass. Unknown controls are counted beside the score, never in it; stale clusters are hatched."
      />
      <FleetHeatmap isAdmin={actor.role === "admin"} />
    </>
  );
}
