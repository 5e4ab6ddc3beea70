import type { ResourceDefinition, ResourceRegistry } from "./kube-resource-types";

/** A request for a resource: a list (no name), a get, or a subresource of a named object. */
export interface ResourceRoute {
  definition: ResourceDefinition;
  version: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Path after the subresource, e.g. ["configz"] for nodes/{name}/proxy/configz. */
  subpath: string[];
}

/**
 * Resolves the path segments after /api/v1 or /apis/{group}/{version} the way the apiserver's
 * router does: `namespaces/{ns}/{resource}/...` when {resource} is namespaced in this group
 * version, otherwise `{resource}/{name}/{subresource}/...`. A namespaced resource can be listed
 * across namespaces at its cluster path but has no objects there. Undefined means 404.
 */
export function resolveResourceRoute({
  registry,
  group,
  version,
  segments,
}: {
  registry: ResourceRegistry;
  group: string;
  version: string;
  segments: string[];
}): ResourceRoute | undefined {
  const find = (resource: string | undefined) => {
    const definition = resource === undefined ? undefined : registry.byKey.get(`${group}/${resource}`);
    return definition?.versions.includes(version) ? definition : undefined;
  };
  if (segments[0] === "namespaces" && segments.length >= 3) {
    const definition = find(segments[2]);
    if (definition?.namespaced) {
      return {
        definition,
        version,
        namespace: segments[1],
        name: segments[3],
        subresource: segments[4],
        subpath: segments.slice(5),
      };
    }
  }
  const definition = find(segments[0]);
  if (!definition || (definition.namespaced && segments.length > 1)) return undefined;
  return { definition, version, name: segments[1], subresource: segments[2], subpath: segments.slice(3) };
}
