import { z } from "zod";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeClient } from "./create-kube-client";
import { addServedResource, MAX_DISCOVERY_BYTES, type ServedApis } from "./served-apis";

const rawVersions = z.object({ versions: z.array(z.string()) });
const rawGroupList = z.object({
  groups: z.array(
    z.object({
      name: z.string(),
      versions: z.array(z.object({ version: z.string() })),
      preferredVersion: z.object({ version: z.string() }).nullish(),
    }),
  ),
});
const rawResourceList = z.object({
  resources: z.array(
    z.object({ name: z.string(), kind: z.string(), namespaced: z.boolean(), verbs: z.array(z.string()).nullish() }),
  ),
});

/**
 * Discovery for servers without aggregated discovery (before Kubernetes 1.26/1.27): /api/v1 and
 * the preferred version of each group in `wantedGroups` (one request each, not all groups).
 * Resource versions are then approximated by their group's versions.
 */
export async function readLegacyDiscovery({
  client,
  coreJson,
  groupsJson,
  wantedGroups,
}: {
  client: KubeClient;
  coreJson: unknown;
  groupsJson: unknown;
  wantedGroups: Set<string>;
}): Promise<{ ok: true; apis: ServedApis } | { ok: false; error: CollectionError }> {
  const target = "kubernetes:discovery";
  const invalid = (message: string) => ({
    ok: false as const,
    error: { target, kind: "invalid-response" as const, message },
  });
  const core = rawVersions.safeParse(coreJson);
  const groups = rawGroupList.safeParse(groupsJson);
  if (!core.success || !groups.success) return invalid("/api or /apis did not answer a discovery document.");
  const documents = [
    ...(core.data.versions.includes("v1") ? [{ group: "", version: "v1", path: "/api/v1", versions: ["v1"] }] : []),
    ...groups.data.groups
      .filter((group) => wantedGroups.has(group.name))
      .map((group) => {
        const version = group.preferredVersion?.version ?? group.versions[0]?.version ?? "";
        const versions = [
          version,
          ...group.versions.map((entry) => entry.version).filter((entry) => entry !== version),
        ];
        return { group: group.name, version, path: `/apis/${group.name}/${version}`, versions };
      }),
  ];
  const apis: ServedApis = { resources: new Map(), versions: new Map() };
  const results = await Promise.all(
    documents.map((document) => client.request({ path: document.path, maxBytes: MAX_DISCOVERY_BYTES, target })),
  );
  for (const [index, result] of results.entries()) {
    const document = documents[index];
    if (!document) continue;
    if (!result.ok) return { ok: false, error: result.error };
    const list = rawResourceList.safeParse(result.json);
    if (!list.success) return invalid(`${document.path} did not answer an APIResourceList.`);
    for (const entry of list.data.resources) {
      for (const version of document.versions) {
        addServedResource(apis, {
          group: document.group,
          version,
          resource: entry.name,
          kind: entry.kind,
          isNamespaced: entry.namespaced,
          verbs: entry.verbs ?? [],
        });
      }
    }
  }
  return { ok: true, apis };
}
