import { groupVersionsOf } from "./build-legacy-discovery";
import type { ResourceDefinition, ResourceRegistry } from "./kube-resource-types";

export const AGGREGATED_DISCOVERY_CONTENT_TYPE = (version: string) =>
  `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;

/**
 * The aggregated discovery document (apidiscovery.k8s.io APIGroupDiscoveryList) that /api
 * (`scope: "core"`) or /apis (`scope: "groups"`) answers when a client asks for it, as kubectl
 * and client-go do first: every group, version and resource in one response.
 */
export function buildAggregatedDiscovery({
  registry,
  scope,
  version,
}: {
  registry: ResourceRegistry;
  scope: "core" | "groups";
  version: string;
}): string {
  const groups = registry.groups.filter((group) => (scope === "core" ? group === "" : group !== ""));
  const items = groups.map((group) => ({
    metadata: { ...(group === "" ? {} : { name: group }), creationTimestamp: null },
    versions: groupVersionsOf({ registry, group }).map((groupVersion) => ({
      version: groupVersion,
      resources: registry.resources
        .filter((definition) => definition.group === group && definition.versions.includes(groupVersion))
        .sort((a, b) => (a.resource < b.resource ? -1 : 1))
        .map((definition) => toResourceDiscovery(definition, groupVersion)),
      freshness: "Current",
    })),
  }));
  return JSON.stringify({
    kind: "APIGroupDiscoveryList",
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items,
  });
}

function toResourceDiscovery(definition: ResourceDefinition, version: string) {
  const responseKind = { group: definition.group, version, kind: definition.kind };
  return {
    resource: definition.resource,
    responseKind,
    scope: definition.namespaced ? "Namespaced" : "Cluster",
    singularResource: definition.singularName,
    verbs: definition.verbs,
    ...(definition.shortNames.length > 0 ? { shortNames: definition.shortNames } : {}),
    ...(definition.categories.length > 0 ? { categories: definition.categories } : {}),
    ...(definition.subresources.length > 0
      ? {
          subresources: definition.subresources.map((sub) => ({
            subresource: sub.name,
            responseKind: { group: sub.group ?? definition.group, version: sub.version ?? version, kind: sub.kind },
            verbs: sub.verbs,
          })),
        }
      : {}),
  };
}
