import type { Metadata } from "next";
import { TrendsExplorer } from "@/components/trends/trends-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage() {
  await requirePageActor(ANY_ROLE);
  return (
    <>
      <PageHeader
        title="Trends"
        description="How compliance moved over time, per framework: the score of a cluster, or the mean score of an environment or the whole fleet, as of the end of each day, with the failing controls below. A dashed line marks a new catalog version."
      />
      <TrendsExplorer />
    </>
  );
}
