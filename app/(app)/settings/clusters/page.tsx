import type { Metadata } from "next";
import Link from "next/link";
import { ClusterList } from "@/components/clusters/cluster-list";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Cluster settings" };

const ROLES: readonly Role[] = ["admin"];

export default async function ClusterSettingsPage() {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="Cluster and credential management" />;
  const addButton = (
    <Link className="btn btn-primary" href="/settings/clusters/new">
      <Icon name="plus" />
      Add cluster
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Clusters"
        description="Register clusters and their credentials. Lotse reads them read-only; credentials are encrypted and never shown again."
        actions={addButton}
      />
      <ClusterList
        showCredentials
        hrefBase="/settings/clusters"
        emptyState={
          <EmptyState icon="clusters" title="No clusters registered" actions={addButton}>
            <p>
              Upload a kubeconfig for a read-only ServiceAccount, and a talosconfig with role <code>os:reader</code> for
              Talos clusters. Or run <code>npm run demo</code> for a{" "}
              <span className="nowrap">simulated 30-cluster fleet</span>.
            </p>
          </EmptyState>
        }
      />
    </>
  );
}
