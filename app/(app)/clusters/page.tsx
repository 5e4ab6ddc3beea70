import type { Metadata } from "next";
import { ClusterList } from "@/components/clusters/cluster-list";
import { CollectAllButton } from "@/components/runs/collect-all-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Clusters" };

export default async function ClustersPage() {
  const { actor } = await requirePageActor(ANY_ROLE);
  const isViewer = actor.role === "viewer";
  const canCollect = actor.role === "admin" || actor.role === "engineer";
  return (
    <>
      <PageHeader
        title="Clusters"
        description={
          isViewer
            ? "Registered clusters, where they run, and how current their data is."
            : "Registered clusters, how current their data is, where they run, and how long their credentials stay valid."
        }
        actions={canCollect ? <CollectAllButton /> : undefined}
      />
      <ClusterList
        showCredentials={!isViewer}
        showCollection
        hrefBase="/clusters"
        emptyState={
          <EmptyState icon="clusters" title="No clusters yet">
            <p>
              {actor.role === "admin" ? "Add one under " : "An admin adds one under "}
              <strong>Settings → Clusters</strong>, or run <code>npm run demo</code> for a{" "}
              <span className="nowrap">simulated 30-cluster fleet</span>.
            </p>
          </EmptyState>
        }
      />
    </>
  );
}
