import type { Fleet } from "./fleet-types";

const MIB = 1024 * 1024;

/** The CLI's start-up report: where fleet.json is, a table of clusters, memory and start time. */
export function formatFleetSummary({ fleet }: { fleet: Fleet }): string {
  const rows = fleet.manifest.clusters.map((cluster) => [
    cluster.name,
    cluster.environment,
    cluster.site,
    cluster.profile,
    `v${cluster.kubernetesVersion}`,
    cluster.talosVersion ?? "-",
    String(cluster.nodeCount),
    String(cluster.podCount),
    cluster.kubernetes.endpoint,
    cluster.talos?.endpoint ?? "-",
    describeFaults(cluster.faults),
  ]);
  const header = [
    "NAME",
    "ENV",
    "SITE",
    "PROFILE",
    "K8S",
    "TALOS",
    "NODES",
    "PODS",
    "KUBERNETES API",
    "TALOS API",
    "FAULTS",
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const { startup } = fleet;
  return [
    `fleet.json: ${fleet.manifestPath}`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `${fleet.clusters.length} clusters, ${startup.podCount} pods, ${startup.objectCount} objects; started in ${startup.durationMs} ms`,
    `memory: rss ${Math.round(startup.rssBytes / MIB)} MiB, heap used ${Math.round(startup.heapUsedBytes / MIB)} MiB of ${Math.round(startup.heapTotalBytes / MIB)} MiB`,
  ].join("\n");
}

function describeFaults(faults: Fleet["manifest"]["clusters"][number]["faults"]): string {
  const parts: string[] = [];
  for (const [api, set] of [
    ["kube", faults.kube],
    ["talos", faults.talos],
  ] as const) {
    for (const [key, value] of Object.entries(set)) {
      if (key === "latencyMs") continue;
      parts.push(`${api}.${key}${value === true ? "" : `=${Array.isArray(value) ? value.join("|") : String(value)}`}`);
    }
  }
  const latency = faults.kube.latencyMs ?? faults.talos.latencyMs;
  if (latency) parts.unshift(`${latency}ms`);
  return parts.join(",") || "-";
}
