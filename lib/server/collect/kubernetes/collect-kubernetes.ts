import type { CollectionError, CollectionErrorKind } from "@/lib/server/collect/snapshot/collection-error";
import type { KubernetesSnapshot } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { buildUnknownKubernetesSnapshot } from "./build-unknown-kubernetes-snapshot";
import { collectKubeResources } from "./collect-kube-resources";
import { createKubeClient } from "./create-kube-client";
import { createKubeTransport, type KubeTransport } from "./create-kube-transport";
import { createRequestLimiter } from "./create-request-limiter";
import { discoverKubeApis } from "./discover-kube-apis";
import { assumeBuiltinApis, WANTED_GROUPS } from "./kube-resource-plan";
import { listSnapshotErrors } from "./list-snapshot-errors";
import { readKubeIdentity, type KubeIdentity } from "./read-kube-identity";
import { readKubeVersion } from "./read-kube-version";

export interface CollectKubernetesOptions {
  /** Normalized kubeconfig YAML, decrypted in memory by the caller; never logged or stored. */
  kubeconfig: string;
  /** Overall deadline of the run; whatever has not finished then is recorded as `timeout`. */
  deadlineMs: number;
  /** Deadline of one HTTP request, from connect to the last byte. */
  requestTimeoutMs: number;
  /** `limit` of every list request. */
  pageSize: number;
  /** Requests in flight to this cluster at most (4–6 is kind to an API server). */
  concurrency: number;
  /** Cancels the run (e.g. worker shutdown); what is unfinished is recorded as `timeout`. */
  signal?: AbortSignal;
}

export interface KubernetesCollection {
  snapshot: KubernetesSnapshot;
  /** Every error of the run once, also kept next to the part it concerns. */
  errors: CollectionError[];
  identity: KubeIdentity;
  /** Milliseconds per phase: version, discovery, resources (incl. kubelet configs), total. */
  durationsMs: Record<string, number>;
}

/** Failures of /version or discovery that doom every further request: the run stops there. */
const STOPPING_KINDS: ReadonlySet<CollectionErrorKind> = new Set(["unreachable", "timeout", "tls", "unauthorized"]);

/**
 * Reads one cluster's Kubernetes API into a reduced, redacted snapshot. Never throws for cluster
 * trouble: errors are data, per part (and per node for kubelet configurations). /version comes
 * first and discovery second; if either fails as unreachable, timeout, TLS or unauthorized, the
 * whole Kubernetes part is UNKNOWN with that reason and nothing more is requested.
 *
 * Note: Secrets and ConfigMaps are only ever listed as PartialObjectMetadataList; no request for
 * their data is made, whatever the credential would allow.
 */
export async function collectKubernetes(options: CollectKubernetesOptions): Promise<KubernetesCollection> {
  const { kubeconfig, deadlineMs, requestTimeoutMs, pageSize, concurrency, signal } = options;
  const started = performance.now();
  const durationsMs: Record<string, number> = {};
  const timed = async <T>(phase: string, run: () => Promise<T>): Promise<T> => {
    const phaseStarted = performance.now();
    try {
      return await run();
    } finally {
      durationsMs[phase] = Math.round(performance.now() - phaseStarted);
    }
  };
  const finish = (snapshot: KubernetesSnapshot, identity: KubeIdentity): KubernetesCollection => {
    durationsMs.total = Math.round(performance.now() - started);
    return { snapshot, errors: listSnapshotErrors({ snapshot }), identity, durationsMs };
  };

  let transport: KubeTransport;
  try {
    transport = await createKubeTransport({ kubeconfig, maxSockets: concurrency });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failure: CollectionError = {
      target: "kubernetes",
      kind: "unauthorized",
      message: `The stored kubeconfig cannot be used: ${reason}.`,
    };
    return finish(buildUnknownKubernetesSnapshot({ errors: [failure] }), { groups: [], authKind: "none" });
  }
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`the overall deadline of ${deadlineMs} ms was reached`)),
    deadlineMs,
  );
  const onCancel = () => controller.abort(new Error("the collection was cancelled"));
  if (signal?.aborted) onCancel();
  signal?.addEventListener("abort", onCancel, { once: true });
  try {
    const client = createKubeClient({
      transport,
      limiter: createRequestLimiter({ limit: Math.max(1, concurrency) }),
      requestTimeoutMs,
      signal: controller.signal,
      deadlineAt: Date.now() + deadlineMs,
    });
    const noIdentity: KubeIdentity = { groups: [], authKind: transport.authKind };
    const version = await timed("version", () => readKubeVersion({ client }));
    const versionFailure = version.errors.find((error) => STOPPING_KINDS.has(error.kind));
    if (versionFailure) return finish(buildUnknownKubernetesSnapshot({ errors: [versionFailure] }), noIdentity);

    const discovery = await timed("discovery", () => discoverKubeApis({ client, wantedGroups: WANTED_GROUPS }));
    if (!discovery.ok && STOPPING_KINDS.has(discovery.error.kind)) {
      return finish(buildUnknownKubernetesSnapshot({ errors: [discovery.error], version }), noIdentity);
    }
    const apis = discovery.ok ? discovery.apis : assumeBuiltinApis();
    const context = {
      client,
      apis,
      isDiscoveryKnown: discovery.ok,
      discoveryErrors: discovery.ok ? [] : [discovery.error],
      pageSize,
    };
    const [parts, identity] = await timed("resources", () =>
      Promise.all([collectKubeResources(context), readKubeIdentity({ client, transport, apis })]),
    );
    return finish({ version, ...parts }, identity);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCancel);
    transport.close();
  }
}
