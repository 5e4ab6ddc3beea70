/** A metav1.TableColumnDefinition. */
export interface TableColumn {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

/** Columns and the cells of one row, for one resource. */
export interface TablePrinter {
  columns: TableColumn[];
  cells: (object: Record<string, unknown>, now: Date) => unknown[];
}

export function column(
  name: string,
  type: string,
  description: string,
  options: { format?: string; priority?: number } = {},
): TableColumn {
  return { name, type, format: options.format ?? "", description, priority: options.priority ?? 0 };
}

export const NAME_COLUMN = column(
  "Name",
  "string",
  "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
  { format: "name" },
);

/** Reads a nested field; undefined when any step is missing. */
export function read(object: unknown, ...path: (string | number)[]): unknown {
  let value: unknown = object;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

export function readArray(object: unknown, ...path: string[]): Record<string, unknown>[] {
  const value = read(object, ...path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

export function readNumber(object: unknown, ...path: string[]): number {
  const value = read(object, ...path);
  return typeof value === "number" ? value : 0;
}

export function orNone(value: unknown): string {
  return value === undefined || value === null || value === "" ? "<none>" : String(value);
}

/** metav1.FormatLabelSelector: "app=x,tier in (a,b)", or "<none>" for an empty selector. */
export function formatLabelSelector(selector: unknown): string {
  const matchLabels = (read(selector, "matchLabels") ?? {}) as Record<string, string>;
  const parts = Object.entries(matchLabels).map(([key, value]) => `${key}=${value}`);
  for (const expression of readArray(selector, "matchExpressions")) {
    const operator = String(expression.operator ?? "").toLowerCase();
    const values = Array.isArray(expression.values) ? expression.values.join(",") : "";
    if (operator === "exists") parts.push(String(expression.key));
    else if (operator === "doesnotexist") parts.push(`!${String(expression.key)}`);
    else parts.push(`${String(expression.key)} ${operator} (${values})`);
  }
  return parts.length === 0 ? "<none>" : parts.join(",");
}
