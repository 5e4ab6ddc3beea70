// A bare gRPC server with Lotse's Talos protos over mTLS, for the client's own limits (reply size,
// retries, hostile replies): each test decides every answer. The simulator (lib/sim/talos) is for
// apid's behaviour.
import {
  Server,
  ServerCredentials,
  status,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import {
  createTalosCa,
  issueTalosClientCertificate,
  issueTalosServerCertificate,
} from "@/lib/sim/talos/issue-talos-certificates";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import type { TalosClientContext } from "../create-talos-client";

/**
 * Answers one unary MachineService call with its reply (a Buffer is sent as is, unencoded), or
 * throws a GrpcStatus; a promise that never settles leaves the call unanswered.
 */
export type LocalMachineHandler = (call: ServerUnaryCall<unknown, unknown>) => unknown;

/** Thrown by a handler to answer with a gRPC status instead of a reply. */
export class GrpcStatus extends Error {
  constructor(
    readonly code: status,
    readonly details: string,
  ) {
    super(details);
  }
}

export interface LocalTalosServer {
  /** A talosconfig context (os:reader) for this server. */
  context: TalosClientContext;
  /** Calls received, by method name. */
  calls: Map<string, number>;
  close(): Promise<void>;
}

export async function startLocalTalosServer({
  machine,
  state = {},
}: {
  /** MachineService methods by name (e.g. `Hostname`); the others answer Unimplemented. */
  machine: Record<string, LocalMachineHandler>;
  /** COSI State methods (`Get`, `List`) as plain grpc-js handlers; a Buffer reply is sent as is. */
  state?: UntypedServiceImplementation;
}): Promise<LocalTalosServer> {
  const ca = await createTalosCa({ clusterName: "local", seed: 1 });
  const serving = await issueTalosServerCertificate({ ca, hostname: "local-cp", ip: "127.0.0.1" });
  const client = await issueTalosClientCertificate({ ca, roles: ["os:reader"] });
  const calls = new Map<string, number>();
  const server = new Server();
  const handlers = Object.fromEntries(
    Object.entries(machine).map(([method, handle]) => [
      method,
      (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
        calls.set(method, (calls.get(method) ?? 0) + 1);
        Promise.resolve()
          .then(() => handle(call))
          .then(
            (reply) => callback(null, reply),
            (error: unknown) =>
              callback(
                error instanceof GrpcStatus
                  ? { code: error.code, details: error.details }
                  : { code: status.INTERNAL, details: String(error) },
              ),
          );
      },
    ]),
  );
  const protos = loadTalosProtos();
  server.addService(passBuffersThrough(protos.machineService), handlers);
  server.addService(passBuffersThrough(protos.stateService), state);
  const credentials = ServerCredentials.createSsl(
    Buffer.from(ca.certPem),
    [{ cert_chain: Buffer.from(serving.certPem), private_key: Buffer.from(serving.keyPem) }],
    true,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", credentials, (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    context: { endpoints: [`127.0.0.1:${port}`], ca: ca.certPem, crt: client.certPem, key: client.keyPem },
    calls,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

/** The service with every reply encoder sending a Buffer reply as is: bytes no valid message would produce. */
function passBuffersThrough(service: ServiceDefinition): ServiceDefinition {
  return Object.fromEntries(
    Object.entries(service).map(([name, method]) => [
      name,
      {
        ...method,
        responseSerialize: (reply: unknown) => (Buffer.isBuffer(reply) ? reply : method.responseSerialize(reply)),
      },
    ]),
  );
}
