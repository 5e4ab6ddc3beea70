import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { ClusterSummaryView } from "@/lib/shared/cluster-view";
import { ClusterLabels } from "./cluster-labels";

/** Where a cluster runs and when Lotse reads it (what every role may see), as one summary row. */
export function ClusterPlacement({ cluster }: { cluster: ClusterSummaryView }) {
  const items = [
    { label: "Environment", value: ENVIRONMENT_LABELS[cluster.environment] },
    { label: "Site", value: cluster.site ?? <span className="muted">—</span> },
    {
      label: "Collection schedule",
      value: (
        <>
          <code>{cluster.schedule}</code> <span className="muted">UTC</span>
        </>
      ),
    },
    { label: "Registered", value: formatDateTime(cluster.createdAt) },
    { label: "Last changed", value: formatDateTime(cluster.updatedAt) },
    { label: "Labels", value: <ClusterLabels labels={cluster.labels} /> },
  ];
  return (
    <section className="card" aria-label="Placement">
      <dl className="summary-grid">
        {items.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
