import type { RunSummary } from "@/lib/client/runs/summarize-run";

/** The first errors of a partial or failed run: what could not be read, how, and the server's words. */
export function RunErrors({ summary }: { summary: RunSummary }) {
  if (summary.errors.length === 0) return null;
  return (
    <div className="card table-wrap" style={{ boxShadow: "none" }}>
      <table className="table table-compact">
        <caption className="visually-hidden">Errors of this run</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Kind</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {summary.errors.map((error, index) => (
            <tr key={`${error.target}-${index}`}>
              <td className="mono" style={{ fontSize: 12.5, overflowWrap: "break-word" }}>
                {error.target}
              </td>
              <td className="nowrap">
                <span className="badge">{error.kind}</span>
              </td>
              <td style={{ overflowWrap: "anywhere" }}>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
