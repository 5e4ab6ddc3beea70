import type { Metadata } from "@grpc/grpc-js";
import { status } from "@grpc/grpc-js";
import { TalosCallError } from "./talos-call-error";

/** Method prefixes apid fans out with the deprecated `nodes` key; everything else is refused. */
const ONE_TO_MANY_PREFIXES = [
  "/machine.MachineService/",
  "/cluster.ClusterService/",
  "/inspect.InspectService/",
  "/storage.StorageService/",
  "/time.TimeService/",
];

/** Where a call goes: the endpoint node itself, one target (`node`), or several (`nodes`). */
export type TalosRoute = { mode: "local" } | { mode: "one"; target: string } | { mode: "many"; targets: string[] };

/**
 * apid's director (internal/app/apid/pkg/director): `node` must be single-valued; `nodes` is
 * checked first and only allowed for the fan-out prefixes; a `proxyfrom` call, or one without
 * either key, is served by the endpoint node.
 *
 * An endpoint without forwarding (a worker: it has no apid client certificate) serves a single
 * target that is one of its own addresses locally and refuses anything else.
 */
export function routeTalosCall({
  method,
  metadata,
  canForward = true,
  isLocalTarget = () => false,
}: {
  method: string;
  metadata: Metadata;
  canForward?: boolean;
  isLocalTarget?: (target: string) => boolean;
}): TalosRoute {
  if (metadata.get("proxyfrom").length > 0) return { mode: "local" };
  let nodes = metadataValues(metadata, "nodes");
  let node = metadataValues(metadata, "node");
  if (node.length > 1) throw new TalosCallError(status.INVALID_ARGUMENT, "node metadata must be single-valued");
  if (!canForward) {
    if (node.length === 1 && isLocalTarget(node[0] ?? "")) node = [];
    if (nodes.length === 1 && isLocalTarget(nodes[0] ?? "")) nodes = [];
    if (node.length > 0 || nodes.length > 0)
      throw new TalosCallError(status.PERMISSION_DENIED, "no request forwarding");
  }
  if (nodes.length > 0) {
    if (!ONE_TO_MANY_PREFIXES.some((prefix) => method.startsWith(prefix))) {
      throw new TalosCallError(status.INVALID_ARGUMENT, `one-2-many proxying is not supported for method ${method}`);
    }
    return { mode: "many", targets: nodes };
  }
  const target = node[0];
  if (target !== undefined) return { mode: "one", target };
  return { mode: "local" };
}

// Note: Node's HTTP/2 server joins repeated header fields with ", ", so two `node` values arrive as
// one string; node names and addresses never contain commas, so splitting restores the values.
function metadataValues(metadata: Metadata, key: string): string[] {
  return metadata
    .get(key)
    .flatMap((value) => String(value).split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}
