import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeletConfigOfNode, KubeNode } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { KubeClient } from "./create-kube-client";
import { mapKubeletConfig } from "./map-kubelet-config";

/** A single object: 8 MiB. */
const MAX_OBJECT_BYTES = 8 * 1024 * 1024;

/**
 * The running kubelet configuration of every node, through the API server's node proxy
 * (`/api/v1/nodes/{name}/proxy/configz`, needs `get nodes/proxy`). Each node is its own
 * Collected: a 403 is `forbidden` on that node, an unreachable kubelet (503) `unreachable`, and
 * neither fails the others. Without a node list there is nothing to ask: the nodes' errors stand.
 */
export async function collectKubeletConfigs({
  client,
  nodes,
}: {
  client: KubeClient;
  nodes: Collected<KubeNode[]>;
}): Promise<Collected<KubeletConfigOfNode[]>> {
  if (nodes.data === null) return { data: null, errors: nodes.errors };
  const data = await Promise.all(
    nodes.data.map(async ({ name }): Promise<KubeletConfigOfNode> => {
      const target = `kubernetes:nodes/${name}/configz`;
      const path = `/api/v1/nodes/${encodeURIComponent(name)}/proxy/configz`;
      const result = await client.request({ path, maxBytes: MAX_OBJECT_BYTES, target });
      if (!result.ok) return { nodeName: name, data: null, errors: [result.error] };
      const mapped = mapKubeletConfig(result.json);
      if (mapped.ok) return { nodeName: name, data: mapped.value, errors: [] };
      return {
        nodeName: name,
        data: null,
        errors: [{ target, kind: "invalid-response", message: `${path}: ${mapped.message}` }],
      };
    }),
  );
  // An incomplete node list makes this list incomplete too.
  return { data, errors: nodes.errors };
}
