"use client";

import { Icon } from "@/components/ui/icon";
import { useClusters } from "@/lib/client/clusters/use-clusters";
import { describeFleetCollection } from "@/lib/client/runs/summarize-fleet-request";
import { useCollectAll } from "@/lib/client/runs/use-collect-all";
import { countActiveCollections } from "@/lib/client/runs/use-clusters-with-collection";
import styles from "./runs.module.css";

/** "Collect all" (admins and engineers): one run per cluster, then a summary that counts down as they finish. */
export function CollectAllButton() {
  const collect = useCollectAll();
  // Reads the list the table already polls; adds no polling of its own.
  const clusters = useClusters();
  const activeCount = countActiveCollections(clusters.data);

  return (
    <div className="row" style={{ flexWrap: "nowrap", alignItems: "center" }}>
      <p className={styles.fleetStatus} role="status">
        {collect.data && !collect.isError ? describeFleetCollection({ runs: collect.data.runs, activeCount }) : ""}
      </p>
      {collect.isError ? (
        <p className="field-error" role="alert" style={{ maxWidth: 360 }}>
          <Icon name="error" size={14} />
          <span>Collect all failed: {collect.error.message}</span>
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          if (!collect.isPending) collect.mutate();
        }}
        aria-disabled={collect.isPending}
      >
        {collect.isPending ? "Queuing…" : "Collect all"}
      </button>
    </div>
  );
}
