import { isIP } from "node:net";
import { status } from "@grpc/grpc-js";
import type { SimTalosNode } from "./create-sim-talos-node";
import { TalosCallError } from "./talos-call-error";

/**
 * Finds the node a `node`/`nodes` value names (IP or hostname, as the endpoint reaches it).
 * Fails like apid's proxy does when it cannot dial `<target>:50000`: Unavailable with grpc-go's
 * connection error text (unresolvable name, or no route to an unknown or unreachable address).
 */
export function resolveTalosTarget({
  target,
  nodes,
  endpointNode,
  unreachable,
}: {
  target: string;
  nodes: readonly SimTalosNode[];
  endpointNode: SimTalosNode;
  /** Hostnames or IPs the endpoint cannot reach (fault `unreachableNodes`). */
  unreachable: ReadonlySet<string>;
}): SimTalosNode {
  if (target === "127.0.0.1" || target === "localhost" || target === "::1") return endpointNode;
  const node = nodes.find((candidate) => candidate.state.hostname === target || candidate.state.ip === target);
  if (!node) {
    const reason = isIP(target)
      ? `dial tcp ${joinHostPort(target)}: connect: no route to host`
      : `dial tcp: lookup ${target}: no such host`;
    throw new TalosCallError(
      status.UNAVAILABLE,
      `connection error: desc = "transport: Error while dialing: ${reason}"`,
    );
  }
  if (unreachable.has(node.state.hostname) || unreachable.has(node.state.ip)) {
    throw new TalosCallError(
      status.UNAVAILABLE,
      `connection error: desc = "transport: Error while dialing: dial tcp ${joinHostPort(node.state.ip)}: connect: no route to host"`,
    );
  }
  return node;
}

function joinHostPort(host: string): string {
  return isIP(host) === 6 ? `[${host}]:50000` : `${host}:50000`;
}
