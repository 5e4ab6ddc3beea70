import type { NodeCheckVerdict } from "@/lib/shared/node-view";
import { StatusBadge } from "./status-mark";

/** The node checks' verdicts on this node, with the evaluator's own sentence. */
export function NodeVerdictTable({ verdicts }: { verdicts: NodeCheckVerdict[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Node checks</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Status</th>
            <th scope="col">Finding</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => (
            <tr key={verdict.checkId}>
              <th scope="row">
                {verdict.title}
                <div className="muted mono" style={{ fontWeight: 400, fontSize: 12 }}>
                  {verdict.checkId}
                </div>
              </th>
              <td className="nowrap">
                <StatusBadge status={verdict.status} />
              </td>
              <td>{verdict.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
