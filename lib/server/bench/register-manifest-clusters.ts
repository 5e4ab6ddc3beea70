import { readFile } from "node:fs/promises";
import { registerCluster } from "@/lib/server/clusters/register-cluster";
import type { FleetManifest } from "@/lib/sim/fleet";

const BENCH_ACTOR = { type: "system" as const, label: "bench" };
/**
 * Once a year (1 January, 03:00 UTC): the bench triggers every collection it measures itself, so
 * an hourly slot passing mid-measurement cannot add work. A new cluster is still collected at once.
 */
export const BENCH_SCHEDULE = "0 3 1 1 *";

/** Registers every simulated cluster through the same service the cluster API uses; name → id. */
export async function registerManifestClusters({
  manifest,
}: {
  manifest: FleetManifest;
}): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const cluster of manifest.clusters) {
    const view = await registerCluster({
      input: {
        name: cluster.name,
        environment: cluster.environment,
        site: cluster.site,
        labels: cluster.labels,
        schedule: BENCH_SCHEDULE,
        kubeconfig: await readFile(cluster.kubernetes.kubeconfig, "utf8"),
        ...(cluster.talos ? { talosconfig: await readFile(cluster.talos.talosconfig, "utf8") } : {}),
      },
      actor: BENCH_ACTOR,
    });
    ids.set(cluster.name, view.id);
  }
  return ids;
}
