import type { Metadata } from "next";
import { RbacGraphScreen } from "@/components/rbac/rbac-graph-screen";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "RBAC graph" };

export default async function ClusterRbacPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageActor(ANY_ROLE);
  const { id } = await params;
  return <RbacGraphScreen clusterId={id} />;
}
