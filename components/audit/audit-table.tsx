import { Icon } from "@/components/ui/icon";
import type { AuditEventView } from "@/lib/client/audit/audit-event-view";
import { formatAuditDetails } from "@/lib/client/format/format-audit-details";
import { formatDateTimeSeconds } from "@/lib/client/format/format-date";

const OUTCOME_CLASS: Record<string, string> = {
  success: "badge badge-ok",
  failure: "badge badge-danger",
  denied: "badge badge-warning",
};

function Outcome({ outcome }: { outcome: string }) {
  return (
    <span className={OUTCOME_CLASS[outcome] ?? "badge"}>
      {outcome === "success" ? (
        <Icon name="check" size={12} />
      ) : outcome === "failure" ? (
        <Icon name="error" size={12} />
      ) : (
        <Icon name="lock" size={12} />
      )}
      {outcome}
    </span>
  );
}

/** Lets an e-mail wrap before its "@" rather than at an arbitrary letter. */
function BreakableEmail({ text }: { text: string }) {
  const at = text.indexOf("@");
  if (at <= 0) return <span style={{ overflowWrap: "anywhere" }}>{text}</span>;
  return (
    <span>
      {text.slice(0, at)}
      <wbr />
      {text.slice(at)}
    </span>
  );
}

/** Audit events, newest first. Presentational. */
export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <div className="card table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Target</th>
            <th scope="col">IP</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const details = formatAuditDetails(event.details);
            return (
              <tr key={event.id}>
                <td className="nowrap" title={event.at}>
                  {formatDateTimeSeconds(event.at)}
                </td>
                <td>
                  <BreakableEmail text={event.actorLabel} />
                  {event.actorType !== "user" ? <div className="muted">{event.actorType}</div> : null}
                </td>
                <td className="mono nowrap">{event.action}</td>
                <td className="nowrap">
                  <Outcome outcome={event.outcome} />
                </td>
                <td>
                  {event.targetType ? (
                    <>
                      <span className="nowrap">{event.targetType}</span>
                      {event.targetId ? (
                        // Ids are long and rarely read whole: show the start, keep all of it in the tooltip.
                        <div className="mono muted nowrap" style={{ fontSize: 11.5 }} title={event.targetId}>
                          {event.targetId.length > 10 ? `${event.targetId.slice(0, 8)}…` : event.targetId}
                        </div>
                      ) : null}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="mono nowrap">{event.ip ?? <span className="muted">—</span>}</td>
                <td style={{ minWidth: 180 }}>
                  {details.length ? (
                    details.map((pair) => (
                      <span key={pair} className="label-chip label-chip-wrap">
                        {pair}
                      </span>
                    ))
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
