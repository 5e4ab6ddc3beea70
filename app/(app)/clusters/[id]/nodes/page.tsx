import type { Metadata } from "next";
import { ClusterNodes } from "@/components/nodes/cluster-nodes";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Nodes" };

export default async function ClusterNodesPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageActor(ANY_ROLE);
  const { id } = await params;
  return <ClusterNodes clusterId={id} />;
}
