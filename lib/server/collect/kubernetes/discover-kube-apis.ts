import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeClient } from "./create-kube-client";
import {
  AGGREGATED_DISCOVERY_ACCEPT,
  isAggregatedDiscovery,
  parseAggregatedDiscovery,
} from "./parse-aggregated-discovery";
import { readLegacyDiscovery } from "./read-legacy-discovery";
import { MAX_DISCOVERY_BYTES, type ServedApis } from "./served-apis";

/**
 * Which resources the server serves: aggregated discovery of /api and /apis (two requests, as
 * kubectl does), falling back to legacy per-group documents for `wantedGroups` on servers
 * without it. Knowing this first means nothing unserved is requested (no 404 noise) and an
 * absent policy tool is "absent", not an error.
 */
export async function discoverKubeApis({
  client,
  wantedGroups,
}: {
  client: KubeClient;
  wantedGroups: Set<string>;
}): Promise<{ ok: true; apis: ServedApis } | { ok: false; error: CollectionError }> {
  const target = "kubernetes:discovery";
  const [core, groups] = await Promise.all(
    ["/api", "/apis"].map((path) =>
      client.request({ path, accept: AGGREGATED_DISCOVERY_ACCEPT, maxBytes: MAX_DISCOVERY_BYTES, target }),
    ),
  );
  if (!core || !core.ok)
    return { ok: false, error: core?.error ?? { target, kind: "invalid-response", message: "no answer" } };
  if (!groups || !groups.ok)
    return { ok: false, error: groups?.error ?? { target, kind: "invalid-response", message: "no answer" } };
  if (isAggregatedDiscovery(core.json) && isAggregatedDiscovery(groups.json)) {
    const apis: ServedApis = { resources: new Map(), versions: new Map() };
    for (const [path, json] of [
      ["/api", core.json],
      ["/apis", groups.json],
    ] as const) {
      const problem = parseAggregatedDiscovery({ json, apis });
      if (problem) return { ok: false, error: { target, kind: "invalid-response", message: `${path}: ${problem}` } };
    }
    return { ok: true, apis };
  }
  return readLegacyDiscovery({ client, coreJson: core.json, groupsJson: groups.json, wantedGroups });
}
