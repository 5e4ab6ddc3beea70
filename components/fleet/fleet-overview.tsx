"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useClusters } from "@/lib/client/clusters/use-clusters";
import { EnvironmentSummary } from "./environment-summary";

/** Fleet page data: registered clusters by environment (no scores until collection exists). */
export function FleetOverview({ isAdmin }: { isAdmin: boolean }) {
  const clusters = useClusters();
  if (clusters.isPending) return <LoadingState label="Loading the fleet…" />;
  if (clusters.isError)
    return (
      <ErrorState
        title="The fleet could not be loaded"
        error={clusters.error}
        onRetry={() => void clusters.refetch()}
      />
    );
  if (clusters.data.length === 0) {
    return (
      <EmptyState icon="fleet" title="No clusters yet">
        <p>
          {isAdmin ? "Add one under " : "An admin adds one under "}
          <strong>Settings → Clusters</strong>, or run <code>npm run demo</code> for a{" "}
          <span className="nowrap">simulated 30-cluster fleet</span>.
        </p>
      </EmptyState>
    );
  }
  return <EnvironmentSummary clusters={clusters.data} />;
}
