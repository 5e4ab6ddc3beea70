import { TALOS_KUBERNETES_RESOURCE_TYPES } from "./talos-kubernetes-resource-types";
import { TALOS_META_RESOURCE_TYPES } from "./talos-meta-resource-types";
import { TALOS_NODE_RESOURCE_TYPES } from "./talos-node-resource-types";
import type { TalosResourceType } from "./talos-resource-type";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

export type { TalosResourceType } from "./talos-resource-type";
export { TALOS_NAMESPACES } from "./talos-meta-resource-types";

type Spec = Record<string, unknown>;

/** The resource types of reference §3 that Lotse reads, plus the COSI meta types. */
export const TALOS_RESOURCE_TYPES: TalosResourceType[] = [
  ...TALOS_NODE_RESOURCE_TYPES,
  ...TALOS_KUBERNETES_RESOURCE_TYPES,
  ...TALOS_META_RESOURCE_TYPES,
];

const BY_ID = new Map(TALOS_RESOURCE_TYPES.map((definition) => [definition.type.toLowerCase(), definition]));

/** The definition whose ID (`strings.ToLower(type)`) matches, as the access filter looks it up. */
export function findResourceType(type: string): TalosResourceType | undefined {
  return BY_ID.get(type.toLowerCase());
}

/** Whether reading this type needs os:admin on this Talos version. */
export function isSensitiveType(definition: TalosResourceType, version: TalosVersion): boolean {
  if (definition.sensitive === undefined) return false;
  if (definition.sensitive === true) return true;
  return isTalosAtLeast(version, definition.sensitive.fromMinor);
}

/** The ResourceDefinition spec as COSI renders it (keys of reference §2.3), with automatic aliases. */
export function resourceDefinitionSpec(definition: TalosResourceType, version: TalosVersion): Spec {
  const lower = definition.type.toLowerCase();
  const parts = lower.split(".");
  const plural = parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("."));
  const initials = (definition.displayType.match(/[A-Z]/g) ?? []).join("").toLowerCase();
  const automatic = [definition.displayType.toLowerCase(), ...(initials.length > 1 ? [initials] : []), ...plural];
  const spec: Spec = {
    type: definition.type,
    displayType: definition.displayType,
    defaultNamespace: definition.defaultNamespace,
    aliases: definition.aliases,
    allAliases: [...new Set([...definition.aliases, ...automatic])],
    printColumns: [],
  };
  if (isSensitiveType(definition, version)) spec.sensitivity = "sensitive";
  return spec;
}
