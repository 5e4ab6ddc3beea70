import { setTimeout as delay } from "node:timers/promises";
import {
  status,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServerErrorResponse,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { answerMachineCall, type MachineMethod } from "./answer-machine-call";
import { getCosiResource, listCosiResources } from "./answer-cosi-call";
import type { SimTalosNode } from "./create-sim-talos-node";
import { resolveTalosTarget } from "./resolve-talos-target";
import { routeTalosCall } from "./route-talos-call";
import { TalosCallError } from "./talos-call-error";
import { isMethodAllowed } from "./talos-rbac";

/** What the handlers of one simulated cluster endpoint need. */
export interface TalosEndpointRuntime {
  nodes: readonly SimTalosNode[];
  endpointNode: SimTalosNode;
  controlPlanes: readonly SimTalosNode[];
  unreachable: ReadonlySet<string>;
  latencyMs: number;
  /** Roles of the verified client certificate of the connection `peer` ("ip:port") came in on. */
  rolesOf(peer: string): ReadonlySet<string> | undefined;
}

type UnaryCall = ServerUnaryCall<Record<string, unknown>, unknown>;
type ListCall = ServerWritableStream<Record<string, unknown>, unknown>;

const MACHINE_METHODS: MachineMethod[] = ["Version", "ServiceList", "Hostname", "EtcdMemberList", "EtcdStatus"];

/** gRPC handlers for `machine.MachineService` and `cosi.resource.State`, with apid routing in front. */
export function createTalosServiceHandlers(runtime: TalosEndpointRuntime): {
  machine: UntypedServiceImplementation;
  state: UntypedServiceImplementation;
} {
  const machine: UntypedServiceImplementation = {};
  for (const method of MACHINE_METHODS) {
    machine[method] = (call: UnaryCall, callback: sendUnaryData<unknown>) => {
      respond(callback, () => answerMachine(runtime, call, method));
    };
  }
  const state: UntypedServiceImplementation = {
    Get: (call: UnaryCall, callback: sendUnaryData<unknown>) => {
      respond(callback, async () => {
        const { node, roles } = await prepareSingleNodeCall(runtime, call, "/cosi.resource.State/Get");
        const request = call.request as { namespace: string; type: string; id: string };
        return {
          resource: getCosiResource({ node, roles, namespace: request.namespace, type: request.type, id: request.id }),
        };
      });
    },
    List: (call: ListCall) => {
      void (async () => {
        try {
          const { node, roles } = await prepareSingleNodeCall(runtime, call, "/cosi.resource.State/List");
          const request = call.request as {
            namespace: string;
            type: string;
            options?: { id_query?: { regexp?: string } };
          };
          const resources = listCosiResources({
            node,
            roles,
            namespace: request.namespace,
            type: request.type,
            idRegexp: request.options?.id_query?.regexp || undefined,
          });
          for (const resource of resources) call.write({ resource });
          call.end();
        } catch (error) {
          call.emit("error", toServiceError(error));
        }
      })();
    },
  };
  return { machine, state };
}

async function answerMachine(runtime: TalosEndpointRuntime, call: UnaryCall, method: MachineMethod): Promise<unknown> {
  const path = `/machine.MachineService/${method}`;
  const roles = await admit(runtime, call);
  const route = routeCall(runtime, path, call);
  if (route.mode !== "many") {
    const node = route.mode === "local" ? runtime.endpointNode : resolve(runtime, route.target);
    authorize(path, roles);
    return { messages: [answerMachineCall({ method, node, controlPlanes: runtime.controlPlanes })] };
  }
  // Deprecated one-to-many proxying: one element per target, `metadata.hostname` = the target as given.
  const messages = route.targets.map((target) => {
    try {
      const node = resolve(runtime, target);
      authorize(path, roles);
      return {
        metadata: { hostname: target },
        ...answerMachineCall({ method, node, controlPlanes: runtime.controlPlanes }),
      };
    } catch (error) {
      const { code, details } = toServiceError(error);
      return { metadata: { hostname: target, error: details, status: { code, message: details, details: [] } } };
    }
  });
  return { messages };
}

async function prepareSingleNodeCall(
  runtime: TalosEndpointRuntime,
  call: UnaryCall | ListCall,
  path: string,
): Promise<{ node: SimTalosNode; roles: ReadonlySet<string> }> {
  const roles = await admit(runtime, call);
  const route = routeCall(runtime, path, call);
  // routeTalosCall refuses `nodes` for COSI, so only local or one target remain.
  const node = route.mode === "one" ? resolve(runtime, route.target) : runtime.endpointNode;
  authorize(path, roles);
  return { node, roles };
}

// The connection was admitted by the TLS layer; this finds its roles and applies the latency fault.
async function admit(runtime: TalosEndpointRuntime, call: UnaryCall | ListCall): Promise<ReadonlySet<string>> {
  const roles = runtime.rolesOf(call.getPeer());
  if (!roles) throw new TalosCallError(status.UNAUTHENTICATED, "no verified client certificate on this connection");
  if (runtime.latencyMs > 0) await delay(runtime.latencyMs);
  return roles;
}

function routeCall(runtime: TalosEndpointRuntime, path: string, call: UnaryCall | ListCall) {
  const endpoint = runtime.endpointNode.state;
  return routeTalosCall({
    method: path,
    metadata: call.metadata,
    canForward: endpoint.role === "controlplane",
    isLocalTarget: (target) => [endpoint.hostname, endpoint.ip, "127.0.0.1", "localhost", "::1"].includes(target),
  });
}

function resolve(runtime: TalosEndpointRuntime, target: string): SimTalosNode {
  return resolveTalosTarget({
    target,
    nodes: runtime.nodes,
    endpointNode: runtime.endpointNode,
    unreachable: runtime.unreachable,
  });
}

function authorize(method: string, roles: ReadonlySet<string>): void {
  if (!isMethodAllowed({ method, roles })) throw new TalosCallError(status.PERMISSION_DENIED, "not authorized");
}

function respond(callback: sendUnaryData<unknown>, produce: () => unknown): void {
  Promise.resolve()
    .then(produce)
    .then(
      (value) => callback(null, value),
      (error: unknown) => callback(toServiceError(error)),
    );
}

function toServiceError(error: unknown): ServerErrorResponse & { code: status; details: string } {
  const code = error instanceof TalosCallError ? error.code : status.INTERNAL;
  const details = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(details), { code, details });
}
