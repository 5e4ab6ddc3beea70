import type { KubeCustomResourceDefinition } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { mapObjectMetadataSummary } from "./map-object-metadata-summary";
import type { MapResult } from "./parse-raw-object";
import { resourceKey, type ServedApis } from "./served-apis";

/**
 * A CRD from a metadata-only list item: its name is `<plural>.<group>` (the API enforces it), and
 * the versions it serves come from discovery, so its (often huge) schemas are never downloaded.
 */
export function mapCustomResourceDefinition(raw: unknown, apis: ServedApis): MapResult<KubeCustomResourceDefinition> {
  const summary = mapObjectMetadataSummary(raw);
  if (!summary.ok) return summary;
  const { name } = summary.value;
  const dot = name.indexOf(".");
  if (dot <= 0) return { ok: false, message: `${name.slice(0, 100)}: not a <plural>.<group> CRD name` };
  const plural = name.slice(0, dot);
  const group = name.slice(dot + 1);
  return {
    ok: true,
    value: { name, group, plural, servedVersions: apis.versions.get(resourceKey(group, plural)) ?? [] },
  };
}
