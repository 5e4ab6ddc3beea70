import type { KubeObject } from "@/lib/sim/model";

/** A subresource as discovery reports it (e.g. pods/log, nodes/proxy, deployments/scale). */
export interface SubresourceDefinition {
  name: string;
  /** Response kind; group/version default to the parent resource's. */
  kind: string;
  group?: string;
  version?: string;
  verbs: string[];
}

/** An additionalPrinterColumns entry of a CRD version (used for `as=Table`). */
export interface PrinterColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

/** One resource the simulated apiserver serves, in every version it serves it. */
export interface ResourceDefinition {
  /** "" for the core (legacy) group. */
  group: string;
  /** Served versions, preferred first. */
  versions: string[];
  /** Plural, as in the URL path. */
  resource: string;
  singularName: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames: string[];
  categories: string[];
  subresources: SubresourceDefinition[];
  /**
   * Served from a CRD (or unknown to the simulator): list items keep apiVersion/kind, as for
   * unstructured objects, and tables use printer columns instead of built-in printers.
   */
  isCustom: boolean;
  /** CRD additionalPrinterColumns per version. */
  printerColumns?: Record<string, PrinterColumn[]>;
}

/** `${group}/${resource}`: unique across versions. */
export type ResourceKey = string;

export function resourceKeyOf({ group, resource }: { group: string; resource: string }): ResourceKey {
  return `${group}/${resource}`;
}

/** All served resources, with the look-ups the router and the store need. */
export interface ResourceRegistry {
  /** In discovery order: core first, then groups in priority order. */
  resources: ResourceDefinition[];
  /** Group names in discovery order, "" (core) first. */
  groups: string[];
  byKey: Map<ResourceKey, ResourceDefinition>;
  /** `${group}/${kind}` → definition, to file objects by their apiVersion and kind. */
  byGroupKind: Map<string, ResourceDefinition>;
}

/** An object as stored: parsed once, serialized lazily and cached. */
export interface StoredObject {
  object: KubeObject;
  name: string;
  /** "" for cluster-scoped objects. */
  namespace: string;
  /** Sort and continue key: `namespace/name` or `name`, etcd's key order. */
  key: string;
  labels: Record<string, string>;
  resourceVersion: string;
  /** Cached serializations keyed by variant (see serialize-object.ts). */
  cache: Map<string, string>;
}
