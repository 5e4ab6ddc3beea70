import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeClient } from "./create-kube-client";
import type { MapResult } from "./parse-raw-object";

export const METADATA_LIST_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
/** One page of a list: 64 MiB. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const MAX_PAGES = 10_000;

export interface ListResult<T> {
  /** null when nothing consistent could be read. */
  items: T[] | null;
  errors: CollectionError[];
}

/**
 * Lists a resource cluster-wide with `limit`/`continue`, mapping each page as it arrives (raw
 * objects are not kept). A 410 (expired continue token) or pages of different resourceVersions
 * restart the list once from the beginning.
 *
 * Partial reads: pages of one list all come from one consistent snapshot (one resourceVersion, which
 * is checked), so when a later page fails, the items read so far are a true subset of the resource
 * at that version and are kept beside the error (evidence for a FAIL, never for a PASS). Pages that
 * disagree even after the restart are not one snapshot: the resource is then failed (items null).
 *
 * `isMetadataOnly` asks for PartialObjectMetadataList and refuses any other answer.
 */
export async function listKubeResource<T>({
  client,
  path,
  pageSize,
  isMetadataOnly = false,
  target,
  mapItem,
}: {
  client: KubeClient;
  /** The collection path, e.g. /api/v1/pods or /apis/apps/v1/deployments. */
  path: string;
  pageSize: number;
  isMetadataOnly?: boolean;
  target: string;
  mapItem: (raw: unknown) => MapResult<T>;
}): Promise<ListResult<T>> {
  let hasRestarted = false;
  let items: T[] = [];
  let failures: string[] = [];
  let failureCount = 0;
  let pages = 0;
  let continueToken: string | undefined;
  let resourceVersion: string | undefined;
  const restart = () => {
    hasRestarted = true;
    items = [];
    failures = [];
    failureCount = 0;
    pages = 0;
    continueToken = undefined;
    resourceVersion = undefined;
  };
  const itemErrors = (): CollectionError[] =>
    failureCount === 0
      ? []
      : [
          {
            target,
            kind: "invalid-response",
            message: `${failureCount} item(s) of ${path} were malformed and left out (${failures.join("; ")}).`,
          },
        ];
  const stop = (error: CollectionError): ListResult<T> => {
    if (pages === 0) return { items: null, errors: [error, ...itemErrors()] };
    const message = `${error.message} The list is incomplete: only the first ${items.length} item(s) were read.`;
    return { items, errors: [{ ...error, message }, ...itemErrors()] };
  };
  for (;;) {
    const query = new URLSearchParams({ limit: String(pageSize) });
    if (continueToken) query.set("continue", continueToken);
    const accept = isMetadataOnly ? METADATA_LIST_ACCEPT : "application/json";
    const result = await client.request({ path: `${path}?${query}`, accept, maxBytes: MAX_PAGE_BYTES, target });
    if (!result.ok) {
      if (result.status === 410 && continueToken && !hasRestarted) {
        restart();
        continue;
      }
      return stop(result.error);
    }
    const page = readPage(result.json);
    const invalid = (message: string) => stop({ target, kind: "invalid-response", message: `${path}: ${message}` });
    if (typeof page === "string") return invalid(page);
    // Note: a server or proxy that ignored the metadata-only Accept header would have sent whole
    // objects (for Secrets: their data). Such an answer is dropped unread.
    if (isMetadataOnly && page.kind !== "PartialObjectMetadataList") {
      return invalid(
        `expected a PartialObjectMetadataList, got ${String(page.kind).slice(0, 60)}; the answer was discarded.`,
      );
    }
    if (resourceVersion !== undefined && page.resourceVersion !== resourceVersion) {
      if (!hasRestarted) {
        restart();
        continue;
      }
      return {
        items: null,
        errors: [
          {
            target,
            kind: "invalid-response",
            message: `${path}: pages of different resourceVersions, even after a restart; nothing kept.`,
          },
        ],
      };
    }
    resourceVersion = page.resourceVersion;
    pages += 1;
    for (const raw of page.items) {
      const mapped = mapItem(raw);
      if (mapped.ok) items.push(mapped.value);
      else {
        failureCount += 1;
        if (failures.length < 3) failures.push(mapped.message);
      }
    }
    if (!page.continueToken) return { items, errors: itemErrors() };
    if (page.continueToken === continueToken || pages >= MAX_PAGES)
      return invalid("the server keeps answering the same page.");
    continueToken = page.continueToken;
  }
}

interface Page {
  kind: unknown;
  items: unknown[];
  continueToken: string | undefined;
  resourceVersion: string | undefined;
}

/** The list envelope, or why it is not one. */
function readPage(json: unknown): Page | string {
  if (!json || typeof json !== "object" || Array.isArray(json)) return "the answer is not a list object.";
  const { kind, items, metadata } = json as { kind?: unknown; items?: unknown; metadata?: unknown };
  if (items !== null && !Array.isArray(items)) return "`items` is not an array.";
  const meta = (metadata ?? {}) as { continue?: unknown; resourceVersion?: unknown };
  if (typeof meta !== "object") return "`metadata` is not an object.";
  if (meta.continue !== undefined && meta.continue !== null && typeof meta.continue !== "string")
    return "`metadata.continue` is not a string.";
  if (meta.resourceVersion !== undefined && typeof meta.resourceVersion !== "string")
    return "`metadata.resourceVersion` is not a string.";
  return {
    kind,
    items: items ?? [],
    continueToken: typeof meta.continue === "string" && meta.continue !== "" ? meta.continue : undefined,
    resourceVersion: meta.resourceVersion as string | undefined,
  };
}
