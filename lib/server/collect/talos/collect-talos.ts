import { createRequestLimiter } from "@/lib/server/collect/kubernetes/create-request-limiter";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import { buildUnknownTalosNode } from "./build-unknown-talos-node";
import { collectTalosNode } from "./collect-talos-node";
import { connectTalosEndpoint } from "./connect-talos-endpoint";
import { createTalosCallRunner } from "./create-talos-call-runner";
import {
  createTalosClient,
  type CreateTalosClientOptions,
  type TalosClient,
  type TalosClientContext,
} from "./create-talos-client";
import { listTalosSnapshotErrors } from "./list-talos-snapshot-errors";
import { parseTalosEndpoint } from "./parse-talos-endpoint";
import { readTalosCredentialRoles } from "./read-talos-credential-roles";
import { resolveTalosNodes, type KubernetesNodeHint } from "./resolve-talos-nodes";

/** One talosconfig context, decoded (PEM text, not base64), with its default `nodes`. */
export type TalosContextMaterial = TalosClientContext & { nodes?: string[] };

export interface CollectTalosOptions {
  /** Decrypted in the worker's memory by the caller; never logged or stored. */
  context: TalosContextMaterial;
  /** Nodes from the Kubernetes node list (name, InternalIP, role), added to the talosconfig `nodes`. */
  nodes?: KubernetesNodeHint[];
  /** Overall deadline of the Talos part; whatever has not finished then is recorded as `timeout`. */
  deadlineMs: number;
  /** Deadline of one call. */
  requestTimeoutMs: number;
  /** Talos calls in flight to this cluster at most (all nodes share the endpoint). */
  concurrency: number;
  /** Cancels the collection (e.g. worker shutdown); what is unfinished is recorded as `timeout`. */
  signal?: AbortSignal;
  /** Client factory (default createTalosClient); tests wrap it to observe calls. */
  createClient?: (options: CreateTalosClientOptions) => TalosClient;
  /** Called once the nodes are known and after each node is read (for progress bars). */
  onNodeProgress?: (progress: { done: number; total: number }) => void;
}

export interface TalosCollection {
  snapshot: TalosSnapshot;
  /** Every error once, also kept next to the part it concerns (`forbidden` ones included). */
  errors: CollectionError[];
  /** Milliseconds: endpoint (finding a usable endpoint), nodes, total. */
  durationsMs: Record<string, number>;
}

/**
 * Reads one cluster's Talos API into a typed, redacted snapshot. Never throws for cluster trouble:
 * errors are data, per node and part. An endpoint is found first (its own Version); if none
 * answers (unreachable, refused, TLS, credential rejected, timeout) the run stops there and the
 * whole Talos part is UNKNOWN with that reason. Otherwise every node is read through that endpoint
 * with the `node` key, calls limited to `concurrency` in flight, each within its deadline, all
 * within the overall deadline. Parts the credential's roles may not read are recorded as
 * `forbidden` ("not readable with this credential (needs os:admin)") without calling.
 *
 * // Note: MachineConfig and encryption keys are redacted inside the mappers; no raw resource,
 * // `proto_spec` or credential material reaches the returned snapshot.
 */
export async function collectTalos({
  context,
  nodes: kubernetesNodes = [],
  deadlineMs,
  requestTimeoutMs,
  concurrency,
  signal,
  createClient = createTalosClient,
  onNodeProgress,
}: CollectTalosOptions): Promise<TalosCollection> {
  const started = performance.now();
  const durationsMs: Record<string, number> = {};
  const controller = new AbortController();
  const deadlineReason = `the overall deadline of ${deadlineMs} ms was reached`;
  const timer = setTimeout(() => controller.abort(new Error(deadlineReason)), deadlineMs);
  const onCancel = () => controller.abort(new Error("the collection was cancelled"));
  if (signal?.aborted) onCancel();
  signal?.addEventListener("abort", onCancel, { once: true });
  const runner = createTalosCallRunner({
    limiter: createRequestLimiter({ limit: Math.max(1, concurrency) }),
    signal: controller.signal,
    deadlineAt: Date.now() + deadlineMs,
    deadlineReason,
    requestTimeoutMs,
  });
  const credential = readTalosCredentialRoles({ certPem: context.crt });
  const parsedEndpoints = context.endpoints.map((raw) => {
    try {
      return parseTalosEndpoint(raw);
    } catch {
      return { host: raw, target: raw };
    }
  });
  const endpoints = parsedEndpoints.map((endpoint) => endpoint.target);
  let client: TalosClient | undefined;
  try {
    const connection = await connectTalosEndpoint({
      context,
      runner,
      createClient,
      requestTimeoutMs,
    });
    durationsMs.endpoint = Math.round(performance.now() - started);
    const targets = resolveTalosNodes({
      talosconfigNodes: context.nodes ?? [],
      kubernetesNodes,
      endpointHost: connection.ok ? connection.host : (parsedEndpoints[0]?.host ?? ""),
    });
    let snapshot: TalosSnapshot;
    if (!connection.ok) {
      snapshot = {
        endpoints,
        endpoint: { data: null, errors: connection.errors },
        credential,
        nodes: targets.map((target) => buildUnknownTalosNode({ target, errors: connection.errors })),
      };
    } else {
      client = connection.client;
      const nodesStarted = performance.now();
      let done = 0;
      onNodeProgress?.({ done, total: targets.length });
      const nodes = await Promise.all(
        targets.map(async (target) => {
          const node = await collectTalosNode({
            client: connection.client,
            runner,
            target,
            canReadSensitive: credential.canReadSensitive,
          });
          onNodeProgress?.({ done: ++done, total: targets.length });
          return node;
        }),
      );
      durationsMs.nodes = Math.round(performance.now() - nodesStarted);
      snapshot = {
        endpoints,
        endpoint: {
          data: { endpoint: connection.endpoint, talosVersion: connection.talosVersion },
          errors: connection.errors,
        },
        credential,
        nodes,
      };
    }
    durationsMs.total = Math.round(performance.now() - started);
    return { snapshot, errors: listTalosSnapshotErrors({ snapshot }), durationsMs };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCancel);
    client?.close();
  }
}
