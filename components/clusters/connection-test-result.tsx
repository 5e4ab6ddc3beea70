import type { ConnectionProbe, ConnectionTestView } from "@/lib/shared/cluster-view";
import { Icon } from "@/components/ui/icon";

function ProbeRow({ name, probe }: { name: string; probe: ConnectionProbe | null }) {
  if (!probe) {
    return (
      <tr>
        <th scope="row">{name}</th>
        <td>
          <span className="badge">Not registered</span>
        </td>
        <td className="muted">No talosconfig, nothing to test.</td>
        <td className="num muted">—</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="nowrap">
        {probe.ok ? (
          <span className="badge badge-ok">
            <Icon name="check" size={12} />
            Reachable
          </span>
        ) : (
          <span className="badge badge-danger">
            <Icon name="error" size={12} />
            Failed: {probe.kind}
          </span>
        )}
      </td>
      <td>
        {probe.ok ? (
          <>
            Version <span className="mono">{probe.version}</span>
            {probe.detail ? <span className="muted"> · {probe.detail}</span> : null}
          </>
        ) : (
          probe.message
        )}
      </td>
      <td className="num nowrap">{probe.durationMs.toLocaleString()} ms</td>
    </tr>
  );
}

/** Per-API outcome of a connection test: version or the precise reason, and how long it took. */
export function ConnectionTestResult({ result }: { result: ConnectionTestView }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Connection test result</caption>
        <thead>
          <tr>
            <th scope="col">API</th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
            <th scope="col" className="num">
              Duration
            </th>
          </tr>
        </thead>
        <tbody>
          <ProbeRow name="Kubernetes" probe={result.kubernetes} />
          <ProbeRow name="Talos" probe={result.talos} />
        </tbody>
      </table>
    </div>
  );
}
