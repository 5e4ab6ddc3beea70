"use client";

import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { describeScope } from "@/lib/client/frameworks/describe-score";
import { useEnvironmentFilter } from "@/lib/client/frameworks/use-environment-filter";
import { useFleetFrameworks } from "@/lib/client/frameworks/use-fleet-frameworks";
import { EnvironmentFilter } from "./environment-filter";
import { FleetFrameworkTable } from "./fleet-framework-table";
import styles from "./frameworks.module.css";

/** /frameworks: the seven frameworks over the fleet (or one environment), each opening its control × cluster matrix. */
export function FleetFrameworks() {
  const [environment, setEnvironment] = useEnvironmentFilter();
  const list = useFleetFrameworks({ environment });
  const query = environment ? `?environment=${environment}` : "";
  return (
    <section className="card" aria-label="Frameworks across the fleet">
      <div className={styles.scopeLine}>
        <EnvironmentFilter environment={environment} onChange={setEnvironment} />
        <p className={styles.scopeText}>
          {list.data ? describeScope(list.data.frameworks[0]) : null}
          {list.data ? ` · catalog ${list.data.catalogVersion}` : null}
        </p>
      </div>
      {list.isPending ? (
        <LoadingState label="Loading frameworks…" rows={7} />
      ) : list.isError ? (
        <div className="card-body">
          <ErrorState title="Frameworks could not be loaded" error={list.error} onRetry={() => void list.refetch()} />
        </div>
      ) : list.data.frameworks[0]?.clusters.total === 0 ? (
        <div className="card-body">
          <EmptyState icon="frameworks" title={environment ? "No clusters in this environment" : "No clusters yet"}>
            <p>Framework results appear once clusters are registered and their first collection is evaluated.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          {(list.data.frameworks[0]?.clusters.stale ?? 0) > 0 ? (
            <div className="card-body" style={{ paddingBottom: 0 }}>
              <Alert tone="warning" title="Some clusters have stale data">
                Their last known results are included and marked as stale in each framework; collect them again for a
                current picture.
              </Alert>
            </div>
          ) : null}
          <FleetFrameworkTable frameworks={list.data.frameworks} hrefOf={(id) => `/frameworks/${id}${query}`} />
        </>
      )}
    </section>
  );
}
