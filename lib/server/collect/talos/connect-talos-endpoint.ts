import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosCallRunner } from "./create-talos-call-runner";
import type { CreateTalosClientOptions, TalosClient, TalosClientContext } from "./create-talos-client";
import { parseTalosEndpoint } from "./parse-talos-endpoint";
import { TalosApiError } from "./talos-api-error";

export type TalosEndpointConnection =
  | { ok: true; client: TalosClient; endpoint: string; host: string; talosVersion: string; errors: CollectionError[] }
  | { ok: false; errors: CollectionError[] };

/**
 * Finds a usable endpoint: tries the talosconfig endpoints in order, each with its own client, and
 * asks the endpoint node for its version (no `node` key). The first that answers is used for every
 * node; failures of the ones before it are returned. A credential the client refuses to load, or
 * an endpoint that rejects it, ends the search (every endpoint would refuse it alike).
 */
export async function connectTalosEndpoint({
  context,
  runner,
  createClient,
  requestTimeoutMs,
}: {
  context: TalosClientContext;
  runner: TalosCallRunner;
  createClient: (options: CreateTalosClientOptions) => TalosClient;
  requestTimeoutMs: number;
}): Promise<TalosEndpointConnection> {
  const errors: CollectionError[] = [];
  if (context.endpoints.length === 0) {
    return {
      ok: false,
      errors: [{ target: "talos:endpoint", kind: "unreachable", message: "the talosconfig context has no endpoints" }],
    };
  }
  for (const raw of context.endpoints) {
    let client: TalosClient;
    let host: string;
    let endpoint: string;
    try {
      ({ host, target: endpoint } = parseTalosEndpoint(raw));
      client = createClient({ context: { ...context, endpoints: [raw] }, timeoutMs: requestTimeoutMs });
    } catch (error) {
      const kind = error instanceof TalosApiError ? error.kind : "invalid-response";
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ target: `talos:endpoint/${raw}`, kind, message });
      if (kind === "unauthorized") return { ok: false, errors };
      continue;
    }
    const probe = await runner.run({
      target: `talos:endpoint/${endpoint}`,
      call: async (limits) => (await client.version(limits)).tag,
    });
    if (probe.ok) return { ok: true, client, endpoint, host, talosVersion: probe.value, errors };
    client.close();
    errors.push(probe.error);
    if (probe.error.kind === "unauthorized" || probe.error.kind === "forbidden") return { ok: false, errors };
  }
  return { ok: false, errors };
}
