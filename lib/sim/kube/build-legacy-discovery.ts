import type { ResourceDefinition, ResourceRegistry } from "./kube-resource-types";
import { sortApiVersions } from "./sort-api-versions";

// The unaggregated discovery documents: /api (APIVersions), /apis (APIGroupList),
// /apis/{group} (APIGroup) and /api/v1, /apis/{group}/{version} (APIResourceList).

interface GroupVersionForDiscovery {
  groupVersion: string;
  version: string;
}

/** Served versions of a group, preferred first. */
export function groupVersionsOf({ registry, group }: { registry: ResourceRegistry; group: string }): string[] {
  const versions = registry.resources
    .filter((definition) => definition.group === group)
    .flatMap((definition) => definition.versions);
  return sortApiVersions({ versions: [...new Set(versions)] });
}

function toGroup(registry: ResourceRegistry, group: string) {
  const versions: GroupVersionForDiscovery[] = groupVersionsOf({ registry, group }).map((version) => ({
    groupVersion: `${group}/${version}`,
    version,
  }));
  return { name: group, versions, preferredVersion: versions[0] };
}

export function buildApiVersions({ serverAddress }: { serverAddress: string }): string {
  return JSON.stringify({
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }],
  });
}

export function buildApiGroupList({ registry }: { registry: ResourceRegistry }): string {
  const groups = registry.groups.filter((group) => group !== "").map((group) => toGroup(registry, group));
  return JSON.stringify({ kind: "APIGroupList", apiVersion: "v1", groups });
}

export function buildApiGroup({ registry, group }: { registry: ResourceRegistry; group: string }): string {
  return JSON.stringify({ kind: "APIGroup", apiVersion: "v1", ...toGroup(registry, group) });
}

/** APIResourceList of one group version, subresources as "pods/log"-style entries, sorted by name. */
export function buildApiResourceList({
  registry,
  group,
  version,
}: {
  registry: ResourceRegistry;
  group: string;
  version: string;
}): string {
  const resources = registry.resources
    .filter((definition) => definition.group === group && definition.versions.includes(version))
    .flatMap((definition) => toApiResources(definition))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const groupVersion = group === "" ? version : `${group}/${version}`;
  // The core list carries no apiVersion; group lists do. That is how the apiserver writes them.
  return JSON.stringify(
    group === ""
      ? { kind: "APIResourceList", groupVersion, resources }
      : { kind: "APIResourceList", apiVersion: "v1", groupVersion, resources },
  );
}

function toApiResources(definition: ResourceDefinition) {
  const main = {
    name: definition.resource,
    singularName: definition.singularName,
    namespaced: definition.namespaced,
    kind: definition.kind,
    verbs: definition.verbs,
    ...(definition.shortNames.length > 0 ? { shortNames: definition.shortNames } : {}),
    ...(definition.categories.length > 0 ? { categories: definition.categories } : {}),
  };
  const subresources = definition.subresources.map((sub) => ({
    name: `${definition.resource}/${sub.name}`,
    singularName: "",
    namespaced: definition.namespaced,
    ...(sub.group !== undefined ? { group: sub.group } : {}),
    ...(sub.version !== undefined ? { version: sub.version } : {}),
    kind: sub.kind,
    verbs: sub.verbs,
  }));
  return [main, ...subresources];
}
