import type { Env } from "@/lib/server/config/read-env";
import { collectCluster, collectionLimitsFrom } from "@/lib/server/collect/collect-cluster";
import type { ClusterSnapshot } from "@/lib/server/collect/snapshot/cluster-snapshot";
import { readClusterCredential } from "@/lib/server/clusters/read-cluster-credential";
import { readTalosContextMaterial } from "@/lib/server/credentials/parse-talosconfig";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";

/** A port nothing listens on: connections are refused at once, as from a cluster that is down. */
const UNREACHABLE = "127.0.0.1:9";

/**
 * One real collection of a cluster with the collector the worker uses (credentials decrypted in
 * memory). `isUnreachable` replays an outage: the endpoints are pointed at a closed port, so the
 * collector really fails to connect and reports it as it would for a cluster that is down.
 */
export async function collectForReplay({
  cluster,
  env,
  isUnreachable = false,
}: {
  cluster: ClusterRow;
  env: Env;
  isUnreachable?: boolean;
}): Promise<{ snapshot: ClusterSnapshot; durationMs: number }> {
  let kubeconfig = await readClusterCredential({ clusterId: cluster.id, kind: "kubeconfig" });
  if (!kubeconfig) throw new Error("no kubeconfig is stored for this cluster");
  const talosconfig = cluster.talosContext
    ? await readClusterCredential({ clusterId: cluster.id, kind: "talosconfig" })
    : null;
  let talos = talosconfig ? readTalosContextMaterial({ normalized: talosconfig }) : null;
  if (isUnreachable) {
    kubeconfig = kubeconfig.replace(/server:\s*https:\/\/[^\s]+/, `server: https://${UNREACHABLE}`);
    if (talos) talos = { ...talos, endpoints: [UNREACHABLE] };
  }
  const started = performance.now();
  const snapshot = await collectCluster({
    cluster: { id: cluster.id, name: cluster.name },
    kubeconfig,
    talos,
    limits: collectionLimitsFrom(env),
  });
  return { snapshot, durationMs: Math.round(performance.now() - started) };
}
