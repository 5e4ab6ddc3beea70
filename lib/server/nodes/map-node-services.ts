import type { TalosService } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { NodeServiceView, ServiceHealth } from "@/lib/shared/node-view";

/** Talos services by name, each with its health in one word. */
export function mapNodeServices(services: readonly TalosService[]): NodeServiceView[] {
  return [...services]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((service) => ({
      id: service.id,
      state: service.state,
      isRunning: service.isRunning,
      health: describeHealth(service),
    }));
}

function describeHealth(service: TalosService): ServiceHealth {
  if (!service.isRunning) return service.state.toLowerCase() === "failed" ? "failed" : "stopped";
  if (service.isHealthy === null) return "unchecked";
  return service.isHealthy ? "healthy" : "unhealthy";
}
