import type { Metadata } from "next";
import { ClusterList } from "@/components/clusters/cluster-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Clusters" };

export default async function ClustersPage() {
  const { actor } = await requirePageActor(ANY_ROLE);
  const isViewer = actor.role === "viewer";
  return (
    <>
      <PageHeader
        title="Clusters"
        description={
          isViewer
            ? "Registered clusters and where they run."
            : "Registered clusters, where they run, and how long their credentials stay valid."
        }
      />
      <ClusterList
        showCredentials={!isViewer}
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
