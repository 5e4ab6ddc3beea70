import { formatDateTime } from "@/lib/client/format/format-date";
import type { NodeSnapshotSource } from "@/lib/shared/node-view";

/** "collected 23 Nov 2026, 11:00 · snapshot 0123456789ab": where the view's data comes from. */
export function SnapshotSource({ source }: { source: NodeSnapshotSource }) {
  return (
    <>
      {source.collectedAt ? (
        <>
          collected <time dateTime={source.collectedAt}>{formatDateTime(source.collectedAt)}</time> ·{" "}
        </>
      ) : null}
      snapshot <code title={`SHA-256 ${source.snapshotHash}`}>{source.snapshotHash.slice(0, 12)}</code>
    </>
  );
}
