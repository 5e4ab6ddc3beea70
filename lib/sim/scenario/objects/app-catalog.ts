// The applications of the demo fleet: a port authority (berths, vessel traffic, cranes, customs).
// Internal images come from the authority's Harbor registry; the rest are well-known public images.

export const INTERNAL_REGISTRY = "harbor.port-authority.internal";

export const APP_NAMESPACES = [
  "berth-planning",
  "vessel-traffic",
  "crane-telemetry",
  "customs-gateway",
  "gate-operations",
  "yard-management",
  "reefer-monitoring",
  "ais-ingest",
  "billing",
  "pilotage",
  "hazmat-registry",
  "tide-sensors",
  "container-tracking",
  "port-community",
  "rail-interchange",
  "harbour-master",
  "video-analytics",
  "energy-management",
  "mooring-sensors",
  "dredging-survey",
] as const;

export interface CatalogApp {
  name: string;
  /** Absent: an internal image `<registry>/<namespace>/<name>`. */
  repository?: string;
  tag?: string;
  port?: number;
  /** Writes to its root filesystem unless told otherwise (databases, nginx caches). */
  schedule?: string;
}

export const DEPLOYMENT_APPS: CatalogApp[] = [
  { name: "api", port: 8080 },
  { name: "web", repository: "docker.io/nginxinc/nginx-unprivileged", tag: "1.27.3-alpine", port: 8080 },
  { name: "worker" },
  { name: "ingest", port: 9000 },
  { name: "gateway", repository: "docker.io/envoyproxy/envoy", tag: "v1.32.1", port: 10000 },
  { name: "cache", repository: "docker.io/library/redis", tag: "7.4.1-alpine", port: 6379 },
  { name: "notifier" },
  { name: "reporter", port: 8080 },
  { name: "scheduler" },
  { name: "metrics-exporter", repository: "quay.io/prometheus/statsd-exporter", tag: "v0.27.2", port: 9102 },
];

export const STATEFUL_APPS: CatalogApp[] = [
  { name: "postgres", repository: "docker.io/bitnami/postgresql", tag: "16.4.0-debian-12-r14", port: 5432 },
  { name: "kafka", repository: "docker.io/bitnami/kafka", tag: "3.8.1-debian-12-r0", port: 9092 },
  { name: "timescaledb", repository: "docker.io/timescale/timescaledb", tag: "2.17.2-pg16", port: 5432 },
];

export const CRON_APPS: CatalogApp[] = [
  { name: "report-export", schedule: "15 3 * * *" },
  { name: "cleanup", schedule: "0 */4 * * *" },
  { name: "sync-manifests", schedule: "30 * * * *" },
];

/** The n-th name of a list, numbered once the list runs out (`billing`, …, `billing-2`). */
export function nthName({ names, index }: { names: readonly string[]; index: number }): string {
  const base = names[index % names.length] ?? "app";
  const round = Math.floor(index / names.length);
  return round === 0 ? base : `${base}-${round + 1}`;
}
