import type { Env } from "@/lib/server/config/read-env";
import { LOTSE_VERSION } from "@/lib/server/config/lotse-version";
import { collectKubernetes } from "./kubernetes/collect-kubernetes";
import { collectTalos, type TalosContextMaterial } from "./talos/collect-talos";
import type { KubernetesNodeHint } from "./talos/resolve-talos-nodes";
import { SNAPSHOT_SCHEMA_VERSION, type ClusterSnapshot } from "./snapshot/cluster-snapshot";
import type { KubeNode } from "./snapshot/kubernetes-snapshot";

export interface CollectionLimits {
  deadlineMs: number;
  requestTimeoutMs: number;
  pageSize: number;
  kubeConcurrency: number;
  talosConcurrency: number;
}

/** The collection limits the environment configures (LOTSE_COLLECT_*). */
export function collectionLimitsFrom(env: Env): CollectionLimits {
  return {
    deadlineMs: env.LOTSE_COLLECT_DEADLINE_SECONDS * 1000,
    requestTimeoutMs: env.LOTSE_COLLECT_REQUEST_TIMEOUT_SECONDS * 1000,
    pageSize: env.LOTSE_COLLECT_PAGE_SIZE,
    kubeConcurrency: env.LOTSE_COLLECT_KUBE_CONCURRENCY,
    talosConcurrency: env.LOTSE_COLLECT_TALOS_CONCURRENCY,
  };
}

export type CollectionPhase = "kubernetes" | "talos";

export interface CollectionProgress {
  phase: CollectionPhase;
  phases: Record<CollectionPhase, "pending" | "running" | "done" | "skipped">;
  nodesDone: number;
  nodesTotal: number;
}

export interface CollectClusterOptions {
  cluster: { id: string; name: string };
  /** Decrypted in memory by the caller; never logged or stored. */
  kubeconfig: string;
  talos: TalosContextMaterial | null;
  limits: CollectionLimits;
  signal?: AbortSignal;
  onProgress?: (progress: CollectionProgress) => void;
}

function toNodeHint(node: KubeNode): KubernetesNodeHint {
  const address = node.addresses.find((entry) => entry.type === "InternalIP")?.address ?? "";
  const isControlPlane = node.roles.includes("control-plane") || node.roles.includes("master");
  return { name: node.name, address, role: isControlPlane ? "controlplane" : "worker" };
}

/**
 * Reads one cluster: the Kubernetes API first (its node list tells the Talos collector which nodes
 * exist), then every Talos node. Both parts share one overall deadline. Never throws for cluster
 * trouble: errors are data in the snapshot.
 */
export async function collectCluster({
  cluster,
  kubeconfig,
  talos,
  limits,
  signal,
  onProgress,
}: CollectClusterOptions): Promise<ClusterSnapshot> {
  const collectedAt = new Date().toISOString();
  const deadlineAt = Date.now() + limits.deadlineMs;
  const progress: CollectionProgress = {
    phase: "kubernetes",
    phases: { kubernetes: "running", talos: talos ? "pending" : "skipped" },
    nodesDone: 0,
    nodesTotal: 0,
  };
  const report = () => onProgress?.(structuredClone(progress));
  report();

  const kubernetes = await collectKubernetes({
    kubeconfig,
    deadlineMs: limits.deadlineMs,
    requestTimeoutMs: limits.requestTimeoutMs,
    pageSize: limits.pageSize,
    concurrency: limits.kubeConcurrency,
    signal,
  });
  progress.phases.kubernetes = "done";
  const nodes = kubernetes.snapshot.nodes.data ?? [];
  progress.nodesTotal = nodes.length;

  let talosCollection: Awaited<ReturnType<typeof collectTalos>> | null = null;
  if (talos) {
    progress.phase = "talos";
    progress.phases.talos = "running";
    report();
    talosCollection = await collectTalos({
      context: talos,
      nodes: nodes.map(toNodeHint),
      deadlineMs: Math.max(1, deadlineAt - Date.now()),
      requestTimeoutMs: limits.requestTimeoutMs,
      concurrency: limits.talosConcurrency,
      signal,
      onNodeProgress: ({ done, total }) => {
        progress.nodesDone = done;
        progress.nodesTotal = total;
        report();
      },
    });
    progress.phases.talos = "done";
  }
  report();

  const durationsMs: Record<string, number> = {};
  for (const [phase, ms] of Object.entries(kubernetes.durationsMs)) durationsMs[`kubernetes.${phase}`] = ms;
  for (const [phase, ms] of Object.entries(talosCollection?.durationsMs ?? {})) durationsMs[`talos.${phase}`] = ms;

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    cluster,
    collectedAt,
    collector: {
      lotseVersion: LOTSE_VERSION,
      kubernetesIdentity: kubernetes.identity,
      talosRoles: talosCollection ? talosCollection.snapshot.credential.roles : null,
      durationsMs,
    },
    kubernetes: kubernetes.snapshot,
    talos: talosCollection?.snapshot ?? null,
    errors: [...kubernetes.errors, ...(talosCollection?.errors ?? [])],
  };
}
