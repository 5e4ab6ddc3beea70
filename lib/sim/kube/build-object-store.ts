import type { KubeObject } from "@/lib/sim/model";
import { groupOf } from "./build-resource-registry";
import {
  resourceKeyOf,
  type ResourceDefinition,
  type ResourceKey,
  type ResourceRegistry,
  type StoredObject,
} from "./kube-resource-types";

/** All objects of one resource, sorted in etcd key order, with the indexes list and get use. */
export interface ResourceBucket {
  definition: ResourceDefinition;
  items: StoredObject[];
  byNamespace: Map<string, StoredObject[]>;
  /** By `namespace/name` (namespaced) or `name` (cluster-scoped). */
  byKey: Map<string, StoredObject>;
}

/** An immutable snapshot of the cluster's objects. Replacing the objects builds a new store. */
export interface ObjectStore {
  /** The store's resourceVersion: lists report it, continue tokens are bound to it. */
  revision: number;
  buckets: Map<ResourceKey, ResourceBucket>;
}

const FIRST_REVISION = 1000;

/**
 * Files every object under its resource (by apiVersion group and kind) and assigns
 * resourceVersions, continuing after `previousRevision` so versions only grow, as etcd's do.
 * Objects keep a resourceVersion they already carry. Throws on two objects with the same key.
 */
export function buildObjectStore({
  objects,
  registry,
  previousRevision = FIRST_REVISION,
}: {
  objects: KubeObject[];
  registry: ResourceRegistry;
  previousRevision?: number;
}): ObjectStore {
  const buckets = new Map<ResourceKey, ResourceBucket>();
  for (const definition of registry.resources) {
    buckets.set(resourceKeyOf(definition), { definition, items: [], byNamespace: new Map(), byKey: new Map() });
  }
  let revision = previousRevision;
  for (const object of objects) {
    const definition = registry.byGroupKind.get(`${groupOf(object.apiVersion)}/${object.kind}`);
    const bucket = definition && buckets.get(resourceKeyOf(definition));
    if (!definition || !bucket) throw new Error(`no resource serves ${object.apiVersion} ${object.kind}`);
    revision += 1;
    const stored = toStoredObject(object, definition, String(revision));
    if (bucket.byKey.has(stored.key)) {
      throw new Error(`duplicate object: ${definition.resource} ${stored.key}`);
    }
    bucket.byKey.set(stored.key, stored);
    bucket.items.push(stored);
    const numeric = Number(stored.resourceVersion);
    if (Number.isSafeInteger(numeric) && numeric > revision) revision = numeric;
  }
  for (const bucket of buckets.values()) {
    bucket.items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const item of bucket.items) {
      const list = bucket.byNamespace.get(item.namespace);
      if (list) list.push(item);
      else bucket.byNamespace.set(item.namespace, [item]);
    }
  }
  return { revision, buckets };
}

function toStoredObject(object: KubeObject, definition: ResourceDefinition, assignedVersion: string): StoredObject {
  const namespace = definition.namespaced ? object.metadata.namespace || "default" : "";
  const resourceVersion = object.metadata.resourceVersion ?? assignedVersion;
  // A copy, so the caller's scenario objects are never changed.
  const metadata = { ...object.metadata, resourceVersion };
  if (definition.namespaced) metadata.namespace = namespace;
  else delete metadata.namespace;
  return {
    object: { ...object, metadata },
    name: object.metadata.name,
    namespace,
    key: namespace === "" ? object.metadata.name : `${namespace}/${object.metadata.name}`,
    labels: object.metadata.labels ?? {},
    resourceVersion,
    cache: new Map(),
  };
}
