import type { NodeServiceView, ServiceHealth } from "@/lib/shared/node-view";
import { StatusMark } from "./status-mark";

const HEALTH: Record<ServiceHealth, { text: string; status: "PASS" | "FAIL" | null }> = {
  healthy: { text: "healthy", status: "PASS" },
  unhealthy: { text: "unhealthy", status: "FAIL" },
  failed: { text: "failed", status: "FAIL" },
  unchecked: { text: "no health check", status: null },
  stopped: { text: "not running", status: null },
};

/** The node's Talos services and their health. */
export function NodeServiceTable({ services }: { services: NodeServiceView[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">Services</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">State</th>
            <th scope="col">Health</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => {
            const health = HEALTH[service.health];
            return (
              <tr key={service.id}>
                <th scope="row" className="mono" style={{ fontWeight: 500 }}>
                  {service.id}
                </th>
                <td>{service.state}</td>
                <td>
                  {health.status ? (
                    <StatusMark status={health.status} label={health.text} />
                  ) : (
                    <span className="muted">{health.text}</span>
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
