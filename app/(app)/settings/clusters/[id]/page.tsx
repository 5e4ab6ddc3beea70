import type { Metadata } from "next";
import { ClusterEdit } from "@/components/cluster-admin/cluster-edit";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Cluster settings" };

const ROLES: readonly Role[] = ["admin"];

export default async function ClusterSettingsDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}) {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="Cluster and credential management" />;
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  // The credential metadata shown here is loaded by GET /api/v1/clusters/{id}, which audit-logs the view.
  return <ClusterEdit id={id} isNew={created === "1"} />;
}
