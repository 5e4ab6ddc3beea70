import { RUN_STATUS_LABELS } from "@/lib/client/runs/summarize-run";
import type { ClusterCollectionView } from "@/lib/shared/cluster-view";
import { isRunFinal } from "@/lib/shared/run-view";
import { FreshnessBadge } from "./freshness-badge";
import styles from "./runs.module.css";

/** The clusters table's Collection cell: freshness, and what the latest run is doing or how it ended badly. */
export function CollectionCell({ collection, now }: { collection: ClusterCollectionView; now: number }) {
  const lastRun = collection.lastRun;
  const line = !lastRun
    ? null
    : !isRunFinal(lastRun.status)
      ? `${RUN_STATUS_LABELS[lastRun.status]} now…`
      : lastRun.status === "succeeded"
        ? null
        : `Last run: ${RUN_STATUS_LABELS[lastRun.status].toLowerCase()}`;
  return (
    <>
      <FreshnessBadge collection={collection} now={now} isCompact />
      {line ? <div className={styles.cellLine}>{line}</div> : null}
    </>
  );
}
