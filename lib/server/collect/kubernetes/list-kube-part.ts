import type { Collected, CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { ServedCollected } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { KubeClient } from "./create-kube-client";
import { listKubeResource } from "./list-kube-resource";
import type { MapResult } from "./parse-raw-object";
import { resourceKey, resourcePath, type ServedApis, type ServedResource } from "./served-apis";

export interface PartContext {
  client: KubeClient;
  apis: ServedApis;
  /** False when discovery failed and `apis` holds assumed built-ins only. */
  isDiscoveryKnown: boolean;
  /** Why discovery is unknown, for the optional parts. */
  discoveryErrors: CollectionError[];
  pageSize: number;
}

/** `kubernetes:pods`, `kubernetes:clusterpolicies.kyverno.io`: the RBAC name of a resource. */
export function targetOf(group: string, resource: string): string {
  return `kubernetes:${group === "" ? resource : `${resource}.${group}`}`;
}

/** Lists a served resource into a Collected part; a built-in that discovery does not report is `not-found`. */
export async function listKubePart<T>(
  context: PartContext,
  { group, resource, mapItem, isMetadataOnly = false }: ListPartOptions<T>,
): Promise<Collected<T[]>> {
  const served = context.apis.resources.get(resourceKey(group, resource));
  const target = targetOf(group, resource);
  if (!served) {
    const message = `${target.slice("kubernetes:".length)} is not served by this cluster (discovery).`;
    return { data: null, errors: [{ target, kind: "not-found", message }] };
  }
  return listServed(context, served, mapItem, isMetadataOnly);
}

/**
 * Lists a resource that exists only when a tool or a newer Kubernetes serves it: absent is
 * `isServed: false` with no data to worry about (an empty list), unknown discovery is `isServed: null`.
 */
export async function listOptionalPart<T>(
  context: PartContext,
  options: ListPartOptions<T>,
): Promise<ServedCollected<T[]>> {
  if (!context.isDiscoveryKnown) return { isServed: null, data: null, errors: context.discoveryErrors };
  const served = context.apis.resources.get(resourceKey(options.group, options.resource));
  if (!served) return { isServed: false, data: [], errors: [] };
  return { isServed: true, ...(await listServed(context, served, options.mapItem, options.isMetadataOnly ?? false)) };
}

interface ListPartOptions<T> {
  group: string;
  resource: string;
  mapItem: (raw: unknown) => MapResult<T>;
  isMetadataOnly?: boolean;
}

async function listServed<T>(
  context: PartContext,
  served: ServedResource,
  mapItem: (raw: unknown) => MapResult<T>,
  isMetadataOnly: boolean,
): Promise<Collected<T[]>> {
  const { items, errors } = await listKubeResource({
    client: context.client,
    path: resourcePath(served),
    pageSize: context.pageSize,
    isMetadataOnly,
    target: targetOf(served.group, served.resource),
    mapItem,
  });
  return { data: items, errors };
}

/** Several parts as one (e.g. the five workload kinds): data of those read, every error kept. */
export function mergeParts<T>(parts: Collected<T[]>[]): Collected<T[]> {
  const read = parts.filter((part) => part.data !== null);
  return {
    data: read.length === 0 ? null : read.flatMap((part) => part.data ?? []),
    errors: parts.flatMap((part) => part.errors),
  };
}

/** Several optional parts as one: served when any is, unknown when none is and one is unknown. */
export function mergeServedParts<T>(parts: ServedCollected<T[]>[]): ServedCollected<T[]> {
  const isServed = parts.some((part) => part.isServed)
    ? true
    : parts.some((part) => part.isServed === null)
      ? null
      : false;
  return { isServed, ...mergeParts(parts) };
}
