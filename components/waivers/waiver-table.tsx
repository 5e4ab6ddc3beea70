import { formatDate } from "@/lib/client/format/format-date";
import { daysLeft, describeWaiverScope } from "@/lib/client/waivers/describe-waivers";
import type { WaiverView } from "@/lib/shared/waiver-view";
import styles from "./waivers.module.css";

const STATE_BADGES: Record<WaiverView["state"], { label: string; className: string }> = {
  active: { label: "In force", className: "badge badge-ok" },
  expired: { label: "Expired", className: "badge" },
  revoked: { label: "Revoked", className: "badge badge-danger" },
};

function Expiry({ waiver, now }: { waiver: WaiverView; now: number }) {
  const left = daysLeft(waiver, now);
  return (
    <>
      <span className="nowrap">{formatDate(waiver.expiresAt)}</span>
      {left !== null ? (
        <div className={left <= 14 ? `${styles.soon} nowrap` : "muted nowrap"}>
          {left === 0 ? "ends today" : `${left} day${left === 1 ? "" : "s"} left`}
        </div>
      ) : null}
    </>
  );
}

/** The waiver register. Presentational; `onRevoke` (absent for read-only roles) opens the container's confirmation. */
export function WaiverTable({
  waivers,
  now,
  onRevoke,
}: {
  waivers: WaiverView[];
  now: number;
  onRevoke?: (waiver: WaiverView) => void;
}) {
  return (
    <div className="card table-wrap">
      <table className="table">
        <caption className="visually-hidden">Waivers</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Applies to</th>
            <th scope="col">Justification</th>
            <th scope="col">Approved</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            {onRevoke ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {waivers.map((waiver) => {
            const badge = STATE_BADGES[waiver.state];
            return (
              <tr key={waiver.id}>
                <th scope="row">
                  {waiver.checkTitle ?? <span className="muted">No longer in the catalog</span>}
                  <div className="mono muted" style={{ fontSize: 12.5 }}>
                    {waiver.checkId}
                  </div>
                </th>
                <td>{describeWaiverScope(waiver)}</td>
                <td className={styles.justification}>{waiver.justification}</td>
                <td>
                  <span className="nowrap">{formatDate(waiver.createdAt)}</span>
                  <div className="muted">
                    by {waiver.approvedBy} ({waiver.approverRole})
                  </div>
                </td>
                <td>
                  <Expiry waiver={waiver} now={now} />
                </td>
                <td>
                  <span className={badge.className}>{badge.label}</span>
                  {waiver.revokedAt ? (
                    <div className="muted nowrap">
                      {formatDate(waiver.revokedAt)} by {waiver.revokedBy}
                    </div>
                  ) : null}
                </td>
                {onRevoke ? (
                  <td className="num">
                    {waiver.state === "active" ? (
                      <button
                        type="button"
                        className="btn btn-sm btn-danger"
                        aria-label={`Revoke the waiver for ${waiver.checkId} (${describeWaiverScope(waiver)})`}
                        onClick={() => onRevoke(waiver)}
                      >
                        Revoke
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
