import Link from "next/link";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import type { ClusterSummaryView } from "@/lib/shared/cluster-view";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";

/** Counts per environment and the clusters in each, alphabetically. Presentational. */
export function EnvironmentSummary({ clusters }: { clusters: ClusterSummaryView[] }) {
  const groups = ENVIRONMENTS.map((environment) => ({
    environment,
    clusters: clusters
      .filter((cluster) => cluster.environment === environment)
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return (
    <div className="stack">
      <section aria-label="Registered clusters by environment" className="stat-grid">
        <div className="card stat">
          <span className="stat-value">{clusters.length}</span>
          <span className="stat-label">{clusters.length === 1 ? "cluster registered" : "clusters registered"}</span>
        </div>
        {groups.map((group) => (
          <div key={group.environment} className="card stat">
            <span className="stat-value">{group.clusters.length}</span>
            <span className="stat-label">{ENVIRONMENT_LABELS[group.environment]}</span>
          </div>
        ))}
      </section>
      <div className="fleet-groups">
        {groups.map((group) => (
          <section key={group.environment} className="card" aria-labelledby={`env-${group.environment}`}>
            <div className="card-header">
              <h2 id={`env-${group.environment}`}>{ENVIRONMENT_LABELS[group.environment]}</h2>
              <span className="badge">{group.clusters.length}</span>
            </div>
            {group.clusters.length === 0 ? (
              <p className="card-body muted">No {ENVIRONMENT_LABELS[group.environment].toLowerCase()} clusters.</p>
            ) : (
              <ul className="link-list">
                {group.clusters.map((cluster) => (
                  <li key={cluster.id}>
                    <Link href={`/clusters/${cluster.id}`}>{cluster.name}</Link>
                    {cluster.site ? <span className="muted">{cluster.site}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
