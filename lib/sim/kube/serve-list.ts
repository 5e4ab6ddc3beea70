import type { ResourceBucket } from "./build-object-store";
import { badRequestStatus, expiredContinueStatus, methodNotAllowedStatus, notAcceptableStatus } from "./build-status";
import { buildTable, type IncludeObject } from "./build-table";
import { decodeContinueToken, encodeContinueToken } from "./encode-continue-token";
import { jsonResponse, type KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";
import type { StoredObject } from "./kube-resource-types";
import type { OutputFormat } from "./negotiate-output";
import { parseFieldSelector } from "./parse-field-selector";
import { matchesLabels, parseLabelSelector } from "./parse-label-selector";
import { isSelectableField, readSelectableField } from "./read-selectable-field";
import { serializeObject } from "./serialize-object";

/**
 * Lists a resource, cluster-wide or in one namespace, with label and field selectors and
 * limit/continue pagination in etcd key order. Continue tokens are bound to the store's revision
 * and expire after the configured TTL or an emulated compaction: 410 Expired, with an
 * inconsistent-continue token in the Status as the apiserver gives one.
 */
export function serveList({
  context,
  bucket,
  version,
  namespace,
  query,
  format,
}: {
  context: KubeServerContext;
  bucket: ResourceBucket;
  version: string;
  namespace: string | undefined;
  query: URLSearchParams;
  format: OutputFormat;
}): KubeResponse {
  const { definition } = bucket;
  const { store } = context.state;
  if (format.kind === "partial-object") {
    return notAcceptableStatus({
      message: `you requested PartialObjectMetadata, but the requested object is a list (*v1.${definition.listKind})`,
    });
  }
  if (isTrue(query.get("watch"))) return methodNotAllowedStatus();
  const labels = parseLabelSelector({ selector: query.get("labelSelector") ?? "" });
  if (!labels.ok) return badRequestStatus({ message: labels.message });
  const fields = parseFieldSelector({ selector: query.get("fieldSelector") ?? "" });
  if (!fields.ok) return badRequestStatus({ message: fields.message });
  const unsupported = fields.requirements.find(
    (requirement) => !isSelectableField({ definition, field: requirement.field }),
  );
  if (unsupported) return badRequestStatus({ message: `field label not supported: ${unsupported.field}` });
  const limitText = query.get("limit");
  const limit = limitText === null || limitText === "" ? 0 : Number(limitText);
  if (!Number.isSafeInteger(limit) || limit < 0)
    return badRequestStatus({ message: `invalid limit: ${String(limitText)}` });

  const source = namespace === undefined ? bucket.items : (bucket.byNamespace.get(namespace) ?? []);
  let startIndex = 0;
  const continueText = query.get("continue");
  const now = context.now().getTime();
  if (continueText) {
    const decoded = decodeContinueToken({ value: continueText });
    if (!decoded.ok) return badRequestStatus({ message: decoded.message });
    const { token } = decoded;
    const isCompacted =
      token.revision !== -1 &&
      (token.revision !== store.revision ||
        token.issuedAt <= context.compactedAt ||
        now - token.issuedAt >= context.continueTokenTtlMs);
    if (isCompacted) {
      return expiredContinueStatus({
        continueToken: encodeContinueToken({ revision: -1, start: token.start, issuedAt: now }),
      });
    }
    startIndex = lowerBound(source, token.start);
  }

  const matches = (stored: StoredObject) =>
    matchesLabels({ requirements: labels.requirements, labels: stored.labels }) &&
    fields.requirements.every((requirement) => {
      const actual = readSelectableField({ definition, stored, field: requirement.field });
      return requirement.operator === "=" ? actual === requirement.value : actual !== requirement.value;
    });
  const hasSelectors = labels.requirements.length > 0 || fields.requirements.length > 0;
  const page: StoredObject[] = [];
  let index = startIndex;
  let hasMore = false;
  for (; index < source.length; index += 1) {
    const stored = source[index] as StoredObject;
    if (hasSelectors && !matches(stored)) continue;
    if (limit > 0 && page.length === limit) {
      hasMore = true;
      break;
    }
    page.push(stored);
  }
  const last = page.at(-1);
  const listMetadata: Record<string, unknown> = { resourceVersion: String(store.revision) };
  if (hasMore && last) {
    listMetadata.continue = encodeContinueToken({
      revision: store.revision,
      start: `${last.key}\u0000`,
      issuedAt: now,
    });
    if (!hasSelectors) listMetadata.remainingItemCount = source.length - index;
  }

  if (format.kind === "table") {
    const include = (query.get("includeObject") ?? "Metadata") as IncludeObject;
    if (!["None", "Metadata", "Object"].includes(include))
      return badRequestStatus({ message: `unrecognized includeObject value: "${include}"` });
    return jsonResponse({
      body: buildTable({
        definition,
        version,
        metaVersion: format.version,
        items: page,
        listMetadata,
        includeObject: include,
        now: context.now(),
      }),
    });
  }
  const isMetadata = format.kind === "partial-object-list";
  const items = page.map((stored) =>
    serializeObject({
      stored,
      definition,
      version: isMetadata ? format.version : version,
      variant: isMetadata ? "metadata" : "item",
    }),
  );
  const head = isMetadata
    ? { kind: "PartialObjectMetadataList", apiVersion: `meta.k8s.io/${format.version}` }
    : { kind: definition.listKind, apiVersion: definition.group === "" ? version : `${definition.group}/${version}` };
  const prefix = JSON.stringify({ ...head, metadata: listMetadata });
  return jsonResponse({ body: `${prefix.slice(0, -1)},"items":[${items.join(",")}]}` });
}

function isTrue(value: string | null): boolean {
  return value === "true" || value === "1";
}

/** First index whose key is >= start (items are sorted by key). */
function lowerBound(items: StoredObject[], start: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid] as StoredObject).key < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
