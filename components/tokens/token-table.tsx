import { formatDateTime } from "@/lib/client/format/format-date";
import type { ApiTokenView } from "@/lib/shared/token-view";

/** API tokens, active first. Presentational; `onRevoke` opens the container's confirmation. */
export function TokenTable({ tokens, onRevoke }: { tokens: ApiTokenView[]; onRevoke: (token: ApiTokenView) => void }) {
  return (
    <div className="card table-wrap">
      <table className="table">
        <caption className="visually-hidden">API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Role</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td className="mono nowrap" style={{ fontSize: 12.5 }}>
                {token.prefix}…
              </td>
              <td>
                <span className="badge">{token.role}</span>
              </td>
              <td>
                <span className="nowrap">{formatDateTime(token.createdAt)}</span>
                <div className="muted">by {token.createdBy ?? "the CLI"}</div>
              </td>
              <td className="nowrap">
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}
              </td>
              <td>
                {token.revokedAt ? (
                  <>
                    <span className="badge badge-danger">Revoked</span>
                    <div className="muted nowrap">{formatDateTime(token.revokedAt)}</div>
                  </>
                ) : (
                  <span className="badge badge-ok">Active</span>
                )}
              </td>
              <td className="num">
                {token.revokedAt ? null : (
                  <button
                    type="button"
                    className="btn btn-sm btn-danger"
                    aria-label={`Revoke token ${token.name}`}
                    onClick={() => onRevoke(token)}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
