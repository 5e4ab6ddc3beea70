import {
  Channel,
  credentials,
  makeGenericClientConstructor,
  Metadata,
  type Client,
  type ServiceError,
} from "@grpc/grpc-js";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import { checkTalosCredentials } from "./check-talos-credentials";
import { decodeTalosResource, type TalosResource } from "./decode-talos-resource";
import { diagnoseTalosConnection } from "./diagnose-talos-connection";
import { mapTalosGrpcError } from "./map-talos-grpc-error";
import { parseTalosEndpoint } from "./parse-talos-endpoint";
import { TalosApiError } from "./talos-api-error";
import { parseVersionReply, type TalosVersionInfo } from "./parse-version-reply";

const MAX_RECEIVE_BYTES = 32 * 1024 * 1024;
/**
 * Bounds on one streamed list (each message is already under MAX_RECEIVE_BYTES): real lists are a
 * few hundred resources (kernel parameters) with small specs; a stream beyond these is refused as
 * invalid-response rather than held in memory until the call's deadline.
 */
const MAX_LIST_ITEMS = 10_000;
const MAX_LIST_SPEC_BYTES = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;

/** One talosconfig context, decoded: PEM strings (not base64). */
export interface TalosClientContext {
  endpoints: string[];
  ca: string;
  crt: string;
  /** May carry Talos' `ED25519 PRIVATE KEY` label. */
  key: string;
}

export interface CreateTalosClientOptions {
  context: TalosClientContext;
  /** Default deadline of every call. Default 10 000 ms. */
  timeoutMs?: number;
  /**
   * Name to verify the server certificate against when the endpoint host is not in its SANs
   * (e.g. a VIP or load balancer name); sets `grpc.ssl_target_name_override`.
   */
  tlsServerName?: string;
}

export interface TalosCallOptions {
  /** Target node (IP or hostname as the endpoint reaches it); omitted = the endpoint node. */
  node?: string;
  timeoutMs?: number;
  /** Cancels the call; it then fails with TalosApiError (`unreachable`, "cancelled"). */
  signal?: AbortSignal;
}

type CallOptions = TalosCallOptions;

/** MachineService methods beyond Version that Lotse reads (all readable by os:reader). */
export type TalosMachineMethod = "ServiceList" | "Hostname" | "EtcdMemberList" | "EtcdStatus";

export interface TalosClient {
  /** The endpoint dialed (`host:port`, the first of the context's endpoints). */
  readonly endpoint: string;
  version(options?: CallOptions): Promise<TalosVersionInfo>;
  getResource<TSpec = unknown>(
    options: CallOptions & { namespace: string; type: string; id: string },
  ): Promise<TalosResource<TSpec>>;
  listResources<TSpec = unknown>(
    options: CallOptions & { namespace: string; type: string },
  ): Promise<TalosResource<TSpec>[]>;
  /** Calls a unary MachineService method; the reply is the decoded message, not yet validated. */
  callMachine(
    options: CallOptions & { method: TalosMachineMethod; request?: Record<string, unknown> },
  ): Promise<unknown>;
  close(): void;
}

interface CancellableCall {
  cancel(): void;
}
type UnaryMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
  callback: (error: ServiceError | null, reply?: unknown) => void,
) => CancellableCall;
type StreamMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
) => NodeJS.EventEmitter & CancellableCall;

/** Cancels `call` when `signal` aborts; returns the function that stops listening. */
function cancelOnAbort(call: CancellableCall, signal: AbortSignal | undefined): () => void {
  if (!signal) return () => undefined;
  const onAbort = () => call.cancel();
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return () => signal.removeEventListener("abort", onAbort);
}

/**
 * Lotse's Talos API client (grpc-js over mTLS, as talosctl connects): one channel to the first
 * endpoint, 32 MiB messages, a deadline on every call, `node` metadata for routing, and failures
 * mapped to TalosApiError kinds. Throws TalosApiError(`unauthorized`) at once if the credential
 * itself is unusable.
 */
export function createTalosClient({
  context,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  tlsServerName,
}: CreateTalosClientOptions): TalosClient {
  const first = context.endpoints[0];
  if (!first) throw new TalosApiError({ kind: "unreachable", message: "talosconfig: the context has no endpoints" });
  const { host, port, target } = parseTalosEndpoint(first);
  const checked = checkTalosCredentials({ ca: context.ca, crt: context.crt, key: context.key });
  const channelCredentials = credentials.createSsl(
    Buffer.from(checked.caPem),
    Buffer.from(checked.keyPem),
    Buffer.from(checked.certPem),
  );
  const channelOptions: Record<string, string | number> = { "grpc.max_receive_message_length": MAX_RECEIVE_BYTES };
  if (tlsServerName) {
    channelOptions["grpc.ssl_target_name_override"] = tlsServerName;
    channelOptions["grpc.default_authority"] = tlsServerName;
  }
  const channel = new Channel(target, channelCredentials, channelOptions);
  const protos = loadTalosProtos();
  const machine = new (makeGenericClientConstructor(protos.machineService, "MachineService"))(
    target,
    channelCredentials,
    {
      channelOverride: channel,
    },
  ) as Client & Record<string, UnaryMethod>;
  const state = new (makeGenericClientConstructor(protos.stateService, "State"))(target, channelCredentials, {
    channelOverride: channel,
  }) as Client & Record<string, UnaryMethod | StreamMethod>;

  const prepare = (options: CallOptions) => {
    const metadata = new Metadata();
    if (options.node) metadata.set("node", options.node);
    const callTimeout = options.timeoutMs ?? timeoutMs;
    return { metadata, callTimeout, deadline: new Date(Date.now() + callTimeout), startedAt: Date.now() };
  };

  // Turns a grpc-js failure into a TalosApiError, probing the connection when grpc-js hides the cause.
  const fail = async (
    error: ServiceError,
    options: CallOptions,
    callTimeout: number,
    startedAt: number,
    what?: string,
  ) => {
    const mapped = mapTalosGrpcError({
      error,
      context: { endpoint: target, node: options.node, timeoutMs: callTimeout, what },
    });
    if (!mapped.needsDiagnosis) return mapped.error;
    const remaining = callTimeout - (Date.now() - startedAt);
    const diagnosis = await diagnoseTalosConnection({
      host,
      port,
      caPem: checked.caPem,
      certPem: checked.certPem,
      keyPem: checked.keyPem,
      certificate: checked.certificate,
      authorities: checked.authorities,
      servername: tlsServerName,
      timeoutMs: Math.max(remaining, 500),
    });
    return diagnosis ?? mapped.error;
  };

  const unary = (
    client: Record<string, unknown>,
    method: string,
    request: unknown,
    options: CallOptions,
    what?: string,
  ) => {
    const { metadata, callTimeout, deadline, startedAt } = prepare(options);
    return new Promise<unknown>((resolve, reject) => {
      let stopListening: () => void = () => undefined;
      const call = (client[method] as UnaryMethod)(request, metadata, { deadline }, (error, reply) => {
        stopListening();
        if (error) fail(error, options, callTimeout, startedAt, what).then(reject, reject);
        else resolve(reply);
      });
      stopListening = cancelOnAbort(call, options.signal);
    });
  };

  return {
    endpoint: target,
    async version(options = {}) {
      return parseVersionReply({ reply: await unary(machine, "Version", {}, options, "Version"), node: options.node });
    },
    async getResource<TSpec>(options: CallOptions & { namespace: string; type: string; id: string }) {
      const what = `${options.type} ${options.namespace}/${options.id}`;
      const reply = (await unary(
        state,
        "Get",
        { namespace: options.namespace, type: options.type, id: options.id },
        options,
        what,
      )) as {
        resource?: unknown;
      };
      if (!reply?.resource)
        throw new TalosApiError({ kind: "invalid-response", message: `${what}: the reply holds no resource` });
      return decodeTalosResource<TSpec>(reply.resource);
    },
    listResources<TSpec>(options: CallOptions & { namespace: string; type: string }) {
      const what = `${options.type} in ${options.namespace}`;
      const { metadata, callTimeout, deadline, startedAt } = prepare(options);
      return new Promise<TalosResource<TSpec>[]>((resolve, reject) => {
        const items: TalosResource<TSpec>[] = [];
        let specBytes = 0;
        let failed = false;
        const stream = (state.List as StreamMethod)({ namespace: options.namespace, type: options.type }, metadata, {
          deadline,
        });
        const stopListening = cancelOnAbort(stream, options.signal);
        stream.on("data", (message: { resource?: unknown }) => {
          if (failed) return;
          try {
            specBytes += yamlSpecLength(message.resource);
            if (items.length >= MAX_LIST_ITEMS || specBytes > MAX_LIST_SPEC_BYTES) {
              throw new TalosApiError({
                kind: "invalid-response",
                message: `${what}: the list is larger than Lotse reads (${MAX_LIST_ITEMS} resources or ${MAX_LIST_SPEC_BYTES / 1024 / 1024} MiB of specs); the rest was not read`,
              });
            }
            items.push(decodeTalosResource<TSpec>(message.resource));
          } catch (error) {
            failed = true;
            stream.cancel();
            reject(error);
          }
        });
        stream.on("error", (error: ServiceError) => {
          stopListening();
          if (failed) return;
          failed = true;
          fail(error, options, callTimeout, startedAt, what).then(reject, reject);
        });
        stream.on("end", () => {
          stopListening();
          if (!failed) resolve(items);
        });
      });
    },
    callMachine({ method, request = {}, ...options }) {
      return unary(machine, method, request, options, method);
    },
    close() {
      machine.close();
      state.close();
      channel.close();
    },
  };
}

/** The length of a streamed resource's YAML spec, before it is parsed (0 when it has none). */
function yamlSpecLength(resource: unknown): number {
  const yaml = (resource as { spec?: { yaml_spec?: unknown } } | undefined)?.spec?.yaml_spec;
  return typeof yaml === "string" ? yaml.length : 0;
}
