import { notFoundStatus, statusResponse } from "./build-status";
import { jsonResponse, type KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";
import { read } from "./table-printer-types";

/**
 * GET /api/v1/nodes/{name}/proxy/{path}: the apiserver proxying to the node's kubelet. Only the
 * kubelet's /configz is simulated, from the server's kubeletConfigs side table; other kubelet
 * paths answer the kubelet's plain 404, and a node without a configuration answers as an
 * unreachable kubelet does (503). Authorization (nodes/proxy) is the router's, as for any
 * subresource.
 */
export function serveNodeProxy({
  context,
  nodeName,
  path,
}: {
  context: KubeServerContext;
  nodeName: string;
  path: string;
}): KubeResponse {
  // "node:10250" addresses the kubelet port explicitly; the node name is before the colon.
  const name = nodeName.replace(/:\d+$/, "");
  const node = context.state.store.buckets.get("/nodes")?.byKey.get(name);
  if (!node) return notFoundStatus({ resource: "nodes", group: "", name });
  if (path !== "configz") {
    return { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "404 page not found\n" };
  }
  const config = context.state.kubeletConfigs[name];
  if (!config) {
    const addresses = (read(node.object, "status", "addresses") ?? []) as { type?: string; address?: string }[];
    const ip = addresses.find((address) => address.type === "InternalIP")?.address ?? name;
    return statusResponse({
      code: 503,
      reason: "ServiceUnavailable",
      message: `error trying to reach service: dial tcp ${ip}:10250: connect: connection refused`,
    });
  }
  return jsonResponse({ body: JSON.stringify({ kubeletconfig: config }) });
}
