import { Icon } from "@/components/ui/icon";
import { describeFreshness } from "@/lib/client/runs/describe-freshness";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { ClusterCollectionView } from "@/lib/shared/cluster-view";
import styles from "./runs.module.css";

const CLASSES = {
  fresh: "badge badge-ok",
  stale: `badge badge-warning ${styles.stale}`,
  never: "badge",
} as const;

const ICONS = { fresh: "check", stale: "warning", never: "clock" } as const;

/**
 * How current a cluster's data is, in words ("Stale — last success 3 d ago"); colour and icon only
 * repeat them. `isCompact` (narrow table cells): the word in the badge, the detail on a line below.
 */
export function FreshnessBadge({
  collection,
  now,
  isCompact = false,
}: {
  collection: ClusterCollectionView;
  now: number;
  isCompact?: boolean;
}) {
  const freshness = describeFreshness({ collection, now });
  const title = collection.lastSuccessAt ? `Last success ${formatDateTime(collection.lastSuccessAt)}` : undefined;
  const badge = (
    <span className={CLASSES[freshness.tone]} title={title}>
      <Icon name={ICONS[freshness.tone]} size={12} />
      {isCompact ? freshness.word : freshness.label}
    </span>
  );
  if (!isCompact || !freshness.detail) return badge;
  return (
    <>
      {badge}
      {/* Read as one phrase ("Stale — last success 3 d ago"), shown on two lines. */}
      <span className="visually-hidden"> — </span>
      <div className={styles.cellLine}>{freshness.detail}</div>
    </>
  );
}
