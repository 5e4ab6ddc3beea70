import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeClient } from "./create-kube-client";
import type { MapResult } from "./parse-raw-object";
import { readListPage, type ListedAs, type ListRepresentation } from "./read-list-page";

export const METADATA_LIST_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
/**
 * A Table of metadata rows, else a PartialObjectMetadataList: the server picks the first it can
 * serve, so a server without Table output answers metadata-only in the same request, never objects.
 */
export const METADATA_TABLE_ACCEPT = `application/json;as=Table;g=meta.k8s.io;v=v1,${METADATA_LIST_ACCEPT}`;
const ACCEPT: Record<ListRepresentation, string> = {
  objects: "application/json",
  metadata: METADATA_LIST_ACCEPT,
  "metadata-table": METADATA_TABLE_ACCEPT,
};
/** One page of a list: 64 MiB. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const MAX_PAGES = 10_000;

export interface ListResult<T> {
  /** null when nothing consistent could be read. */
  items: T[] | null;
  errors: CollectionError[];
  /** What the pages read were; null when none was. */
  listedAs: ListedAs | null;
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
 * `representation` says what to ask for (see ListRepresentation); any other answer is refused, and
 * so are pages of one list that disagree on what they are.
 */
export async function listKubeResource<T>({
  client,
  path,
  pageSize,
  representation = "objects",
  target,
  mapItem,
}: {
  client: KubeClient;
  /** The collection path, e.g. /api/v1/pods or /apis/apps/v1/deployments. */
  path: string;
  pageSize: number;
  representation?: ListRepresentation;
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
  let listedAs: ListedAs | null = null;
  const restart = () => {
    hasRestarted = true;
    items = [];
    failures = [];
    failureCount = 0;
    pages = 0;
    continueToken = undefined;
    resourceVersion = undefined;
    listedAs = null;
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
    if (pages === 0) return { items: null, errors: [error, ...itemErrors()], listedAs: null };
    const message = `${error.message} The list is incomplete: only the first ${items.length} item(s) were read.`;
    return { items, errors: [{ ...error, message }, ...itemErrors()], listedAs };
  };
  for (;;) {
    const query = new URLSearchParams({ limit: String(pageSize) });
    if (continueToken) query.set("continue", continueToken);
    if (representation === "metadata-table") query.set("includeObject", "Metadata");
    const accept = ACCEPT[representation];
    const result = await client.request({ path: `${path}?${query}`, accept, maxBytes: MAX_PAGE_BYTES, target });
    if (!result.ok) {
      if (result.status === 410 && continueToken && !hasRestarted) {
        restart();
        continue;
      }
      return stop(result.error);
    }
    const page = readListPage(result.json, representation);
    const invalid = (message: string) => stop({ target, kind: "invalid-response", message: `${path}: ${message}` });
    if (typeof page === "string") return invalid(page);
    if (listedAs !== null && page.listedAs !== listedAs) {
      return invalid(`the pages disagree on what they are (${listedAs}, then ${page.listedAs}).`);
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
        listedAs: null,
      };
    }
    resourceVersion = page.resourceVersion;
    listedAs = page.listedAs;
    pages += 1;
    for (const raw of page.items) {
      const mapped = mapItem(raw);
      if (mapped.ok) items.push(mapped.value);
      else {
        failureCount += 1;
        if (failures.length < 3) failures.push(mapped.message);
      }
    }
    if (!page.continueToken) return { items, errors: itemErrors(), listedAs };
    if (page.continueToken === continueToken || pages >= MAX_PAGES)
      return invalid("the server keeps answering the same page.");
    continueToken = page.continueToken;
  }
}
