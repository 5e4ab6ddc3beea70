import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeVersionInfo } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { KubeClient } from "./create-kube-client";
import { mapKubeVersion } from "./map-kube-version";

/** GET /version, the first request of a run: its failure tells whether the cluster is worth asking more. */
export async function readKubeVersion({ client }: { client: KubeClient }): Promise<Collected<KubeVersionInfo>> {
  const target = "kubernetes:version";
  const result = await client.request({ path: "/version", maxBytes: 64 * 1024, target });
  if (!result.ok) return { data: null, errors: [result.error] };
  const mapped = mapKubeVersion(result.json);
  if (mapped.ok) return { data: mapped.value, errors: [] };
  return { data: null, errors: [{ target, kind: "invalid-response", message: `/version: ${mapped.message}` }] };
}
