import { writeFile } from "node:fs/promises";
import { Server, ServerCredentials } from "@grpc/grpc-js";
import type { TalosFaults } from "@/lib/sim/model";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import { createSimTalosNode } from "./create-sim-talos-node";
import { createTalosServiceHandlers } from "./create-talos-service-handlers";
import { createTalosCa, issueTalosClientCertificate, issueTalosServerCertificate } from "./issue-talos-certificates";
import { renderTalosconfig } from "./render-talosconfig";
import { reserveRefusedPort, startTarpitListener } from "./start-fault-listeners";
import { startTalosTlsListener } from "./start-talos-tls-listener";
import type { TalosNodeState } from "./talos-node-state";

const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export interface StartTalosApiServerOptions {
  clusterName: string;
  /** Node states from buildTalosNodeState; at least one control plane. */
  nodes: TalosNodeState[];
  /** Hostname of the control-plane node that answers on the endpoint. Default: the first control plane. */
  endpointNode?: string;
  faults?: TalosFaults;
  /** Seeds the cluster CA key (same seed, same CA across restarts). Default 1. */
  seed?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
}

export interface CreateTalosconfigOptions {
  /** Subject Organization values of the client certificate. Default `["os:reader"]`. */
  roles?: string[];
  /** Issue an already-expired client certificate (the `expiredClientCert` fault does this always). */
  expired?: boolean;
  /** Default: the cluster name. */
  contextName?: string;
  /** The context's `nodes`. Default: every node's IP, control planes first. */
  nodes?: string[];
  /** Client certificate CN. Default `lotse`. */
  commonName?: string;
}

export interface TalosApiServer {
  clusterName: string;
  host: string;
  port: number;
  /** `127.0.0.1:<port>`, as written to talosconfig `endpoints`. */
  endpoint: string;
  /** PEM of the cluster's Talos OS CA (the one that signs apid's certificate). */
  caPem: string;
  /** Issues a client certificate and returns a complete talosconfig (YAML). */
  createTalosconfig(options?: CreateTalosconfigOptions): Promise<string>;
  writeTalosconfig(options: CreateTalosconfigOptions & { path: string }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts one simulated Talos API endpoint (apid-like) for a cluster: gRPC over mTLS with Ed25519
 * certificates, `node`/`nodes` routing to the cluster's nodes, machined's RBAC and COSI access
 * filter, and the cluster's Talos faults (latency, tarpit, refused, expired or foreign
 * certificates, unreachable nodes).
 */
export async function startTalosApiServer(options: StartTalosApiServerOptions): Promise<TalosApiServer> {
  const { clusterName, faults = {} } = options;
  const host = options.host ?? "127.0.0.1";
  const seed = options.seed ?? 1;
  const nodes = options.nodes.map((state) => createSimTalosNode(state));
  const controlPlanes = nodes.filter((node) => node.state.role === "controlplane");
  const endpointNode = options.endpointNode
    ? nodes.find((node) => node.state.hostname === options.endpointNode)
    : controlPlanes[0];
  if (!endpointNode) throw new Error(`cluster ${clusterName}: no control-plane node to serve the Talos API endpoint`);

  const ca = await createTalosCa({ clusterName, seed });
  // wrongCa: the talosconfig carries a CA that did not sign apid's certificate.
  const talosconfigCaPem = faults.wrongCa
    ? (await createTalosCa({ clusterName, seed, label: "foreign-ca" })).certPem
    : ca.certPem;

  let port: number;
  let closeListener: () => Promise<void>;
  let closeGrpc: () => void = () => undefined;
  if (faults.refuse) {
    port = await reserveRefusedPort({ host });
    closeListener = async () => undefined;
  } else if (faults.tarpit) {
    const tarpit = await startTarpitListener({ host, port: options.port ?? 0 });
    port = tarpit.port;
    closeListener = tarpit.close;
  } else {
    const serverCert = await issueTalosServerCertificate({
      ca,
      hostname: endpointNode.state.hostname,
      ip: endpointNode.state.ip,
      expired: faults.expiredServerCert,
    });
    const grpcServer = new Server({
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    });
    const injector = grpcServer.createConnectionInjector(ServerCredentials.createInsecure());
    const listener = await startTalosTlsListener({
      host,
      port: options.port ?? 0,
      certPem: serverCert.certPem,
      keyPem: serverCert.keyPem,
      acceptedCaPems: [ca.certPem],
      inject: (connection) => injector.injectConnection(connection),
    });
    const handlers = createTalosServiceHandlers({
      nodes,
      endpointNode,
      controlPlanes,
      unreachable: new Set(faults.unreachableNodes ?? []),
      latencyMs: faults.latencyMs ?? 0,
      rolesOf: listener.rolesOf,
    });
    const protos = loadTalosProtos();
    grpcServer.addService(protos.machineService, handlers.machine);
    grpcServer.addService(protos.stateService, handlers.state);
    port = listener.port;
    closeListener = listener.close;
    closeGrpc = () => {
      injector.destroy();
      grpcServer.forceShutdown();
    };
  }

  const endpoint = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  const defaultNodes = [...controlPlanes, ...nodes.filter((node) => node.state.role !== "controlplane")].map(
    (node) => node.state.ip,
  );
  const createTalosconfig = async (config: CreateTalosconfigOptions = {}): Promise<string> => {
    const client = await issueTalosClientCertificate({
      ca,
      roles: config.roles ?? ["os:reader"],
      commonName: config.commonName,
      expired: config.expired || faults.expiredClientCert,
    });
    return renderTalosconfig({
      contextName: config.contextName ?? clusterName,
      endpoints: [endpoint],
      nodes: config.nodes ?? defaultNodes,
      caPem: talosconfigCaPem,
      certPem: client.certPem,
      keyPem: client.keyPem,
    });
  };
  let closed: Promise<void> | undefined;
  return {
    clusterName,
    host,
    port,
    endpoint,
    caPem: ca.certPem,
    createTalosconfig,
    writeTalosconfig: async ({ path, ...config }) => {
      await writeFile(path, await createTalosconfig(config), { mode: 0o600 });
    },
    close: () => {
      closed ??= (async () => {
        closeGrpc();
        await closeListener();
      })();
      return closed;
    },
  };
}
