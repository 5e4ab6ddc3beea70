import type { KubeSecretsPart } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { listBuiltinResource, type PartContext } from "./list-kube-part";
import { mapSecretRow } from "./map-secret-row";

/**
 * The Secret list as the server's Secret table (Name, Type, Data, Age) with a PartialObjectMetadata
 * per row, which gives each Secret's type without its data; a server without that table answers
 * metadata-only in the same request (type unknown), and `listedAs` records which it was.
 *
 * Note: no request ever asks for a Secret object or list in full, nor for one Secret by name.
 */
export async function collectSecrets(context: PartContext): Promise<KubeSecretsPart> {
  const { items, errors, listedAs } = await listBuiltinResource(context, {
    group: "",
    resource: "secrets",
    mapItem: mapSecretRow,
    representation: "metadata-table",
  });
  return {
    data: items,
    errors,
    ...(listedAs === "table" || listedAs === "metadata" ? { listedAs } : {}),
  };
}
