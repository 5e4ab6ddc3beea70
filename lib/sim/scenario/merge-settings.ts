/**
 * Deep-merges scenario settings, later layers winning: plain objects merge key by key, anything
 * else (lists, scalars, null) replaces. `undefined` never overrides. Returns a new object.
 */
export function mergeSettings<T extends object>({ layers }: { layers: readonly (T | undefined)[] }): T {
  let result: Record<string, unknown> = {};
  for (const layer of layers) {
    if (layer) result = mergeObjects(result, layer as Record<string, unknown>);
  }
  return result as T;
}

function mergeObjects(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const previous = result[key];
    result[key] = isPlainObject(previous) && isPlainObject(value) ? mergeObjects(previous, value) : value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
