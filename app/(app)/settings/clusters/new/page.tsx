import type { Metadata } from "next";
import Link from "next/link";
import { ClusterCreate } from "@/components/cluster-admin/cluster-create";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Add cluster" };

const ROLES: readonly Role[] = ["admin"];

export default async function NewClusterPage() {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="Cluster and credential management" />;
  return (
    <>
      <Link href="/settings/clusters" className="back-link">
        <Icon name="back" size={14} />
        All clusters
      </Link>
      <PageHeader
        title="Add cluster"
        description="Lotse checks the credentials before storing anything: https only, embedded certificates, no exec plugins or file paths."
      />
      <ClusterCreate />
    </>
  );
}
