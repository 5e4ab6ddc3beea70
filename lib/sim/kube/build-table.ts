import { BUILTIN_TABLE_PRINTERS } from "./builtin-table-printers";
import { formatAge } from "./format-age";
import type { PrinterColumn, ResourceDefinition, StoredObject } from "./kube-resource-types";
import { serializeObject } from "./serialize-object";
import { column, NAME_COLUMN, read, type TablePrinter } from "./table-printer-types";

export type IncludeObject = "None" | "Metadata" | "Object";

const CREATED_AT = column(
  "Created At",
  "date",
  "CreationTimestamp is a timestamp representing the server time when this object was created.",
);
const DEFAULT_PRINTER: TablePrinter = {
  columns: [NAME_COLUMN, CREATED_AT],
  cells: (object) => [read(object, "metadata", "name"), read(object, "metadata", "creationTimestamp")],
};
const DEFAULT_CRD_COLUMNS: PrinterColumn[] = [{ name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" }];

/**
 * Renders objects as a meta.k8s.io Table (what `kubectl get` asks for), with the built-in printer
 * of the resource, a CRD's additionalPrinterColumns, or the default Name / Created At table.
 */
export function buildTable({
  definition,
  version,
  metaVersion,
  items,
  listMetadata,
  includeObject,
  now,
}: {
  definition: ResourceDefinition;
  version: string;
  metaVersion: string;
  items: StoredObject[];
  listMetadata: Record<string, unknown>;
  includeObject: IncludeObject;
  now: Date;
}): string {
  const printer = printerFor(definition, version);
  const rows = items.map((stored) => {
    const cells = JSON.stringify(printer.cells(stored.object, now));
    const object =
      includeObject === "None"
        ? "null"
        : serializeObject({
            stored,
            definition,
            version: includeObject === "Object" ? version : metaVersion,
            variant: includeObject === "Object" ? "object" : "metadata",
          });
    return `{"cells":${cells},"object":${object}}`;
  });
  const head = JSON.stringify({
    kind: "Table",
    apiVersion: `meta.k8s.io/${metaVersion}`,
    metadata: listMetadata,
    columnDefinitions: printer.columns,
  });
  return `${head.slice(0, -1)},"rows":[${rows.join(",")}]}`;
}

function printerFor(definition: ResourceDefinition, version: string): TablePrinter {
  const builtin = BUILTIN_TABLE_PRINTERS[`${definition.group}/${definition.resource}`];
  if (builtin && !definition.isCustom) return builtin;
  if (!definition.isCustom) return DEFAULT_PRINTER;
  const configured = definition.printerColumns?.[version] ?? [];
  const columns = configured.length > 0 ? configured : DEFAULT_CRD_COLUMNS;
  return {
    columns: [
      NAME_COLUMN,
      ...columns.map((c) => column(c.name, c.type, c.description ?? "", { format: c.format, priority: c.priority })),
    ],
    cells: (object, now) => [
      read(object, "metadata", "name"),
      ...columns.map((c) => formatCell(readJsonPath(object, c.jsonPath), c.type, now)),
    ],
  };
}

/** Simple JSONPath as CRD printer columns use it: `.spec.a.b`, `.status.items[0].name`. */
function readJsonPath(object: unknown, jsonPath: string): unknown {
  const steps = jsonPath
    .replace(/^\{?\.?/, "")
    .replace(/\}$/, "")
    .split(/\.|\[(\d+)\]/)
    .filter((step): step is string => step !== undefined && step !== "");
  return read(object, ...steps.map((step) => (/^\d+$/.test(step) ? Number(step) : step)));
}

function formatCell(value: unknown, type: string, now: Date): unknown {
  if (value === undefined || value === null) return null;
  if (type === "date") return formatAge({ since: String(value), now });
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}
