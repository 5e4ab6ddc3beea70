/** Discovery documents (aggregated /apis of a cluster with many CRDs can be megabytes). */
export const MAX_DISCOVERY_BYTES = 16 * 1024 * 1024;

/** One resource the server serves, at the most preferred version of its group that serves it. */
export interface ServedResource {
  /** "" for the core group. */
  group: string;
  version: string;
  resource: string;
  kind: string;
  isNamespaced: boolean;
  verbs: string[];
}

/** What discovery said the server serves. */
export interface ServedApis {
  /** By `group/resource` (core: `/pods`). */
  resources: Map<string, ServedResource>;
  /** Every served version of `group/resource`, most preferred first. */
  versions: Map<string, string[]>;
}

export function resourceKey(group: string, resource: string): string {
  return `${group}/${resource}`;
}

/** The cluster-wide collection path of a served resource, e.g. /api/v1/pods, /apis/apps/v1/deployments. */
export function resourcePath(served: ServedResource): string {
  return served.group === ""
    ? `/api/${served.version}/${served.resource}`
    : `/apis/${served.group}/${served.version}/${served.resource}`;
}

/** Records a served resource; the first version seen for it is the preferred one. */
export function addServedResource(apis: ServedApis, served: ServedResource): void {
  // Subresources ("pods/log") are served under their parent; they are not listed.
  if (served.resource.includes("/")) return;
  const key = resourceKey(served.group, served.resource);
  if (!apis.resources.has(key)) apis.resources.set(key, served);
  const versions = apis.versions.get(key);
  if (!versions) apis.versions.set(key, [served.version]);
  else if (!versions.includes(served.version)) versions.push(served.version);
}
