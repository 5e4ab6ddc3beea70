"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { countControls, selectControls } from "@/lib/client/frameworks/control-filter";
import { toControlMatrix } from "@/lib/client/frameworks/control-matrix.adapter";
import { describeScope } from "@/lib/client/frameworks/describe-score";
import { useControlFilter } from "@/lib/client/frameworks/use-control-filter";
import { useEnvironmentFilter } from "@/lib/client/frameworks/use-environment-filter";
import { useFleetFramework } from "@/lib/client/frameworks/use-fleet-framework";
import type { FleetFrameworkControl } from "@/lib/shared/fleet-framework-view";
import { ControlFilters } from "./control-filters";
import { ControlMatrixTable } from "./control-matrix";
import { EnvironmentFilter } from "./environment-filter";
import { FrameworkHeadline } from "./framework-headline";
import { MatrixLegend } from "./matrix-legend";
import styles from "./frameworks.module.css";

const fleetStatusOf = (control: FleetFrameworkControl) => control.fleetStatus;

/**
 * /frameworks/[frameworkId]: one framework across the fleet, control × cluster, with how many
 * clusters fail each control and the checks (and provenance) behind it. Filters live in the URL.
 */
export function FleetFrameworkMatrix({ frameworkId, frameworkName }: { frameworkId: string; frameworkName: string }) {
  const [environment, setEnvironment] = useEnvironmentFilter();
  const [filter, setFilter] = useControlFilter();
  const framework = useFleetFramework({ frameworkId, environment });
  if (framework.isPending) {
    return (
      <>
        <LoadingState label={`Loading ${frameworkName}…`} rows={8} />
      </>
    );
  }
  if (framework.isError) {
    return (
      <>
        <ErrorState
          title="This framework could not be loaded"
          error={framework.error}
          onRetry={() => void framework.refetch()}
        />
      </>
    );
  }
  const view = framework.data;
  const shown = selectControls(view.controls, filter, fleetStatusOf);
  const matrix = toControlMatrix(view, new Set(shown.map((control) => control.id)));
  return (
    <>
      <div className="stack">
        <section className="card" aria-label="Fleet score">
          <div className={styles.scopeLine}>
            <EnvironmentFilter environment={environment} onChange={setEnvironment} />
            <p className={styles.scopeText}>
              {describeScope(view.summary)} · {view.summary.clusters.failing} failing at least one control · catalog{" "}
              {view.catalogVersion}
            </p>
          </div>
          <FrameworkHeadline
            score={view.summary.score}
            counts={view.summary.counts}
            scoreLabel="Fleet score (cluster × control)"
          />
        </section>
        <section className="card" aria-label="Controls by cluster">
          <ControlFilters
            filter={filter}
            counts={countControls(view.controls, fleetStatusOf)}
            total={view.controls.length}
            shown={shown.length}
            statusLabel="Worst status in the fleet"
            onChange={setFilter}
          />
          <MatrixLegend />
          {view.clusters.length === 0 ? (
            <div className="card-body">
              <EmptyState icon="clusters" title={environment ? "No clusters in this environment" : "No clusters yet"}>
                <p>The matrix fills in once clusters are registered and evaluated.</p>
              </EmptyState>
            </div>
          ) : shown.length === 0 ? (
            <div className="card-body">
              <EmptyState icon="frameworks" title="No control matches">
                <p>Change the status or the search to see other controls.</p>
              </EmptyState>
            </div>
          ) : (
            <ControlMatrixTable matrix={matrix} frameworkId={frameworkId} frameworkName={frameworkName} />
          )}
        </section>
      </div>
    </>
  );
}
