import type { KubeObject } from "@/lib/sim/model";
import { ALL_VERBS, BUILTIN_GROUP_ORDER, listBuiltinResources } from "./builtin-resources";
import {
  resourceKeyOf,
  type PrinterColumn,
  type ResourceDefinition,
  type ResourceRegistry,
} from "./kube-resource-types";
import { sortApiVersions } from "./sort-api-versions";

/**
 * Builds the set of resources a cluster serves: the built-ins of its Kubernetes version, every
 * served version of each CustomResourceDefinition among its objects, and, so that no object is
 * silently dropped, a derived definition for any other kind found among the objects.
 */
export function buildResourceRegistry({
  objects,
  minorVersion,
}: {
  objects: KubeObject[];
  minorVersion: number;
}): ResourceRegistry {
  const resources = listBuiltinResources({ minorVersion });
  const byKey = new Map(resources.map((definition) => [resourceKeyOf(definition), definition]));
  const add = (definition: ResourceDefinition) => {
    const key = resourceKeyOf(definition);
    const existing = byKey.get(key);
    if (existing) {
      existing.versions = sortApiVersions({ versions: [...new Set([...existing.versions, ...definition.versions])] });
      return;
    }
    byKey.set(key, definition);
    resources.push(definition);
  };
  for (const object of objects) {
    if (object.kind === "CustomResourceDefinition" && groupOf(object.apiVersion) === "apiextensions.k8s.io") {
      const definition = definitionFromCrd(object);
      if (definition) add(definition);
    }
  }
  const byGroupKind = new Map(resources.map((definition) => [`${definition.group}/${definition.kind}`, definition]));
  for (const object of objects) {
    const group = groupOf(object.apiVersion);
    if (byGroupKind.has(`${group}/${object.kind}`)) continue;
    const definition = definitionFromObject(object);
    add(definition);
    byGroupKind.set(`${group}/${object.kind}`, definition);
  }
  const groups = orderGroups(resources.map((definition) => definition.group));
  const rank = new Map(groups.map((group, index) => [group, index]));
  resources.sort((a, b) => (rank.get(a.group) ?? 0) - (rank.get(b.group) ?? 0) || a.resource.localeCompare(b.resource));
  return { resources, groups, byKey, byGroupKind };
}

/** "apps/v1" → "apps"; "v1" → "". */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf("/") + 1);
}

function orderGroups(groups: string[]): string[] {
  const unique = [...new Set(groups)];
  const builtin = BUILTIN_GROUP_ORDER.filter((group) => unique.includes(group));
  const others = unique.filter((group) => !BUILTIN_GROUP_ORDER.includes(group)).sort();
  return [...builtin, ...others];
}

interface CrdSpec {
  group?: string;
  scope?: string;
  names?: {
    plural?: string;
    singular?: string;
    kind?: string;
    listKind?: string;
    shortNames?: string[];
    categories?: string[];
  };
  versions?: {
    name?: string;
    served?: boolean;
    additionalPrinterColumns?: PrinterColumn[];
    subresources?: { status?: unknown; scale?: unknown };
  }[];
}

function definitionFromCrd(crd: KubeObject): ResourceDefinition | undefined {
  const spec = (crd.spec ?? {}) as CrdSpec;
  const { group, names } = spec;
  if (!group || !names?.plural || !names.kind) return undefined;
  const served = (spec.versions ?? []).filter((version) => version.served !== false && version.name);
  if (served.length === 0) return undefined;
  const first = served[0];
  const subresources = [
    ...(first?.subresources?.scale
      ? [{ name: "scale", kind: "Scale", group: "autoscaling", version: "v1", verbs: ["get", "patch", "update"] }]
      : []),
    ...(first?.subresources?.status ? [{ name: "status", kind: names.kind, verbs: ["get", "patch", "update"] }] : []),
  ];
  return {
    group,
    versions: sortApiVersions({ versions: served.map((version) => version.name ?? "") }),
    resource: names.plural,
    singularName: names.singular ?? names.kind.toLowerCase(),
    kind: names.kind,
    listKind: names.listKind ?? `${names.kind}List`,
    namespaced: spec.scope !== "Cluster",
    verbs: ALL_VERBS,
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    subresources,
    isCustom: true,
    printerColumns: Object.fromEntries(
      served.map((version) => [version.name ?? "", version.additionalPrinterColumns ?? []]),
    ),
  };
}

function definitionFromObject(object: KubeObject): ResourceDefinition {
  const singular = object.kind.toLowerCase();
  return {
    group: groupOf(object.apiVersion),
    versions: [versionOf(object.apiVersion)],
    resource: pluralize(singular),
    singularName: singular,
    kind: object.kind,
    listKind: `${object.kind}List`,
    namespaced: typeof object.metadata.namespace === "string" && object.metadata.namespace !== "",
    verbs: ALL_VERBS,
    shortNames: [],
    categories: [],
    subresources: [],
    isCustom: true,
  };
}

/** Kubernetes' own default pluralization (as kubebuilder and the CRD tooling apply it). */
function pluralize(singular: string): string {
  if (/(s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  return `${singular}s`;
}
