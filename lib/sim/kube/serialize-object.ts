import type { ResourceDefinition, StoredObject } from "./kube-resource-types";

/**
 * How an object is written:
 * - "object": a standalone object (get), type meta first.
 * - "item": a list item. Typed lists of a real apiserver omit apiVersion/kind on items; lists of
 *   custom resources (unstructured) keep them.
 * - "metadata": a PartialObjectMetadata (metadata-only get, list and table rows); `version` is
 *   then the meta.k8s.io version the client asked for.
 */
export type SerializationVariant = "object" | "item" | "metadata";

/**
 * Serializes a stored object for `version` of its resource, caching the JSON on the object, so
 * repeated lists of thousands of pods only join strings.
 */
export function serializeObject({
  stored,
  definition,
  version,
  variant,
}: {
  stored: StoredObject;
  definition: ResourceDefinition;
  version: string;
  variant: SerializationVariant;
}): string {
  const cacheKey = `${variant}:${version}`;
  const cached = stored.cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const json = render(stored, definition, version, variant);
  stored.cache.set(cacheKey, json);
  return json;
}

function render(
  stored: StoredObject,
  definition: ResourceDefinition,
  version: string,
  variant: SerializationVariant,
): string {
  const { apiVersion: _apiVersion, kind: _kind, ...rest } = stored.object;
  if (variant === "metadata") {
    return JSON.stringify({
      kind: "PartialObjectMetadata",
      apiVersion: `meta.k8s.io/${version}`,
      metadata: stored.object.metadata,
    });
  }
  const apiVersion = definition.group === "" ? version : `${definition.group}/${version}`;
  if (variant === "item" && !definition.isCustom) return JSON.stringify(rest);
  // Unstructured objects keep their stored field order (apiVersion first); typed ones are
  // encoded from Go structs, TypeMeta (kind, apiVersion) first.
  return JSON.stringify(
    definition.isCustom
      ? { apiVersion, kind: definition.kind, ...rest }
      : { kind: definition.kind, apiVersion, ...rest },
  );
}
