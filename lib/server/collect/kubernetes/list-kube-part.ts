import type { Collected, CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { ServedCollected } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { KubeClient } from "./create-kube-client";
import { listKubeResource, type ListResult } from "./list-kube-resource";
import type { MapResult } from "./parse-raw-object";
import type { ListRepresentation } from "./read-list-page";
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
export async function listKubePart<T>(context: PartContext, options: ListPartOptions<T>): Promise<Collected<T[]>> {
  const { items, errors } = await listBuiltinResource(context, options);
  return { data: items, errors };
}

/** As listKubePart, with what the server answered the list as (`listedAs`). */
export async function listBuiltinResource<T>(
  context: PartContext,
  options: ListPartOptions<T>,
): Promise<ListResult<T>> {
  const served = context.apis.resources.get(resourceKey(options.group, options.resource));
  if (!served) {
    const target = targetOf(options.group, options.resource);
    const message = `${target.slice("kubernetes:".length)} is not served by this cluster (discovery).`;
    return { items: null, errors: [{ target, kind: "not-found", message }], listedAs: null };
  }
  return listServed(context, served, options);
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
  const { items, errors } = await listServed(context, served, options);
  return { isServed: true, data: items, errors };
}

interface ListPartOptions<T> {
  group: string;
  resource: string;
  mapItem: (raw: unknown) => MapResult<T>;
  representation?: ListRepresentation;
  /** At most this many items per page (the run's page size otherwise). */
  maxPageSize?: number;
}

function listServed<T>(
  context: PartContext,
  served: ServedResource,
  { mapItem, representation, maxPageSize }: ListPartOptions<T>,
): Promise<ListResult<T>> {
  return listKubeResource({
    client: context.client,
    path: resourcePath(served),
    pageSize: Math.min(context.pageSize, maxPageSize ?? Infinity),
    representation,
    target: targetOf(served.group, served.resource),
    mapItem,
  });
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
