/**
 * How a list is asked for:
 * - "objects": whole objects, plain JSON.
 * - "metadata": a PartialObjectMetadataList, and nothing else.
 * - "metadata-table": a Table whose rows carry the server's printed columns and a
 *   PartialObjectMetadata (`includeObject=Metadata`), or, from a server without a table printer
 *   for the resource, a PartialObjectMetadataList. Neither carries an object's data.
 */
export type ListRepresentation = "objects" | "metadata" | "metadata-table";

/** What a page was: a list of objects, a PartialObjectMetadataList or a Table. */
export type ListedAs = "objects" | "metadata" | "table";

/**
 * An item of a "metadata-table" list: the row's cells by column name and its PartialObjectMetadata.
 * Items of a PartialObjectMetadataList answer have no cells.
 */
interface TableRowItem {
  cells: Record<string, unknown>;
  object: unknown;
}

interface ListPage {
  listedAs: ListedAs;
  items: unknown[];
  continueToken: string | undefined;
  resourceVersion: string | undefined;
}

const DISCARDED = "the answer was discarded.";

/**
 * One page of a list as `representation` allows it, or why it is not one. Note: a server or proxy
 * that ignored the metadata-only Accept header, or `includeObject=Metadata`, sent whole objects
 * (for Secrets: their data); such an answer is refused here, before any item is mapped.
 */
export function readListPage(json: unknown, representation: ListRepresentation): ListPage | string {
  if (!json || typeof json !== "object" || Array.isArray(json)) return "the answer is not a list object.";
  const { kind, items, rows, columnDefinitions, metadata } = json as Record<string, unknown>;
  const meta = (metadata ?? {}) as { continue?: unknown; resourceVersion?: unknown };
  if (typeof meta !== "object") return "`metadata` is not an object.";
  if (meta.continue !== undefined && meta.continue !== null && typeof meta.continue !== "string")
    return "`metadata.continue` is not a string.";
  if (meta.resourceVersion !== undefined && typeof meta.resourceVersion !== "string")
    return "`metadata.resourceVersion` is not a string.";
  const envelope = {
    continueToken: typeof meta.continue === "string" && meta.continue !== "" ? meta.continue : undefined,
    resourceVersion: meta.resourceVersion as string | undefined,
  };
  if (representation === "metadata-table" && kind === "Table") {
    const tableItems = readTableRows(rows, columnDefinitions);
    return typeof tableItems === "string" ? tableItems : { listedAs: "table", items: tableItems, ...envelope };
  }
  if (items !== null && !Array.isArray(items)) return "`items` is not an array.";
  const list = items ?? [];
  if (representation === "objects") return { listedAs: "objects", items: list, ...envelope };
  if (kind !== "PartialObjectMetadataList") {
    const expected =
      representation === "metadata" ? "a PartialObjectMetadataList" : "a Table or PartialObjectMetadataList";
    return `expected ${expected}, got ${String(kind).slice(0, 60)}; ${DISCARDED}`;
  }
  return {
    listedAs: "metadata",
    items: representation === "metadata" ? list : list.map((object): TableRowItem => ({ cells: {}, object })),
    ...envelope,
  };
}

/** Rows as TableRowItems, or why the Table is not usable. */
function readTableRows(rows: unknown, columnDefinitions: unknown): TableRowItem[] | string {
  if (!Array.isArray(columnDefinitions)) return "`columnDefinitions` of the Table is not an array.";
  if (rows !== null && !Array.isArray(rows)) return "`rows` of the Table is not an array.";
  const names = columnDefinitions.map((column) => (column as { name?: unknown } | null)?.name);
  const items: TableRowItem[] = [];
  for (const row of (rows ?? []) as unknown[]) {
    const { cells, object } = (row ?? {}) as { cells?: unknown; object?: unknown };
    if (!Array.isArray(cells)) return "a Table row has no `cells` array.";
    if ((object as { kind?: unknown } | null)?.kind !== "PartialObjectMetadata") {
      return `a Table row carries no PartialObjectMetadata (includeObject=Metadata was not honoured); ${DISCARDED}`;
    }
    const named: Record<string, unknown> = {};
    names.forEach((name, index) => {
      if (typeof name === "string" && index < cells.length) named[name] = cells[index];
    });
    items.push({ cells: named, object });
  }
  return items;
}
