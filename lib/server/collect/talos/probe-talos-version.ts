import { createTalosClient, type TalosClientContext } from "./create-talos-client";
import { TalosApiError, type TalosErrorKind } from "./talos-api-error";

export type TalosProbeResult =
  | { ok: true; version: string; node: string; durationMs: number }
  | { ok: false; kind: TalosErrorKind; message: string; durationMs: number };

/**
 * "Test connection" for a talosconfig: asks the endpoint node for its Talos version within
 * `timeoutMs`. Never throws; failures come back as a kind and a message a user can act on.
 */
export async function probeTalosVersion({
  context,
  timeoutMs,
  node,
}: {
  context: TalosClientContext;
  timeoutMs: number;
  /** Ask this node through the endpoint instead of the endpoint node itself. */
  node?: string;
}): Promise<TalosProbeResult> {
  const startedAt = Date.now();
  const durationMs = () => Date.now() - startedAt;
  let client: ReturnType<typeof createTalosClient> | undefined;
  try {
    client = createTalosClient({ context, timeoutMs });
    const version = await client.version({ node });
    return { ok: true, version: version.tag, node: node ?? client.endpoint, durationMs: durationMs() };
  } catch (error) {
    if (error instanceof TalosApiError)
      return { ok: false, kind: error.kind, message: error.message, durationMs: durationMs() };
    return {
      ok: false,
      kind: "invalid-response",
      message: error instanceof Error ? error.message : String(error),
      durationMs: durationMs(),
    };
  } finally {
    client?.close();
  }
}
