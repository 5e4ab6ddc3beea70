import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import type { FleetFrameworkSummary } from "@/lib/shared/fleet-framework-view";
import { FrameworkScoreGrid } from "./framework-score-grid";

/**
 * /clusters/[id] → Framework scores: each of the seven frameworks on this cluster, score as a
 * number with pass / fail / unknown beside it; each tile opens the framework control by control.
 */
export function ClusterFrameworkScores({
  clusterId,
  frameworks,
  error,
  onRetry,
  isStale,
}: {
  clusterId: string;
  /** null while loading. */
  frameworks: FleetFrameworkSummary[] | null;
  error: Error | null;
  onRetry: () => void;
  isStale: boolean;
}) {
  return (
    <section className="card" aria-labelledby="scores-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="scores-title">Framework scores</h2>
          <p>Score = passing ÷ (passing + failing) controls. Unknown controls are counted beside it, never in it.</p>
        </div>
      </div>
      <div className="card-body">
        {error ? (
          <ErrorState title="Framework scores could not be loaded" error={error} onRetry={onRetry} />
        ) : frameworks === null ? (
          <LoadingState label="Loading framework scores…" rows={2} />
        ) : frameworks.every((framework) => framework.clusters.evaluated === 0) ? (
          <EmptyState icon="frameworks" title="Not evaluated yet">
            <p>Scores appear once a collection of this cluster has been evaluated.</p>
          </EmptyState>
        ) : (
          <FrameworkScoreGrid
            frameworks={frameworks}
            hrefOf={(frameworkId) => `/clusters/${clusterId}/frameworks/${frameworkId}`}
            isStale={isStale}
          />
        )}
      </div>
    </section>
  );
}
