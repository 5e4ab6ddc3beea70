import type { ResourceBucket } from "./build-object-store";
import { badRequestStatus, notAcceptableStatus, notFoundStatus } from "./build-status";
import { buildTable, type IncludeObject } from "./build-table";
import { jsonResponse, type KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";
import type { OutputFormat } from "./negotiate-output";
import { serializeObject } from "./serialize-object";

/** Gets one object (also for a GET of its status subresource, which returns the whole object). */
export function serveGet({
  context,
  bucket,
  version,
  namespace,
  name,
  query,
  format,
}: {
  context: KubeServerContext;
  bucket: ResourceBucket;
  version: string;
  namespace: string | undefined;
  name: string;
  query: URLSearchParams;
  format: OutputFormat;
}): KubeResponse {
  const { definition } = bucket;
  if (format.kind === "partial-object-list") {
    return notAcceptableStatus({
      message: `you requested PartialObjectMetadataList, but the requested object is not a list (*v1.${definition.kind})`,
    });
  }
  const stored = bucket.byKey.get(namespace === undefined ? name : `${namespace}/${name}`);
  if (!stored) return notFoundStatus({ resource: definition.resource, group: definition.group, name });
  if (format.kind === "table") {
    const include = (query.get("includeObject") ?? "Metadata") as IncludeObject;
    if (!["None", "Metadata", "Object"].includes(include))
      return badRequestStatus({ message: `unrecognized includeObject value: "${include}"` });
    const listMetadata = { resourceVersion: stored.resourceVersion };
    return jsonResponse({
      body: buildTable({
        definition,
        version,
        metaVersion: format.version,
        items: [stored],
        listMetadata,
        includeObject: include,
        now: context.now(),
      }),
    });
  }
  if (format.kind === "partial-object") {
    return jsonResponse({
      body: serializeObject({ stored, definition, version: format.version, variant: "metadata" }),
    });
  }
  return jsonResponse({ body: serializeObject({ stored, definition, version, variant: "object" }) });
}
