import type { Metadata } from "next";
import { ClusterDetail } from "@/components/clusters/cluster-detail";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Cluster" };

export default async function ClusterPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requirePageActor(ANY_ROLE);
  const { id } = await params;
  return <ClusterDetail id={id} role={actor.role} />;
}
