/** Labels as editable `key=value` lines, sorted for a stable diff. */
export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

export type ParsedLabels = { ok: true; labels: Record<string, string> } | { ok: false; message: string };

/**
 * Reads `key=value` lines (blank lines and `#` comments ignored). Only the shape is checked here;
 * the server validates keys and values against Kubernetes label rules.
 */
export function parseLabels(text: string): ParsedLabels {
  const labels: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const at = line.indexOf("=");
    if (at <= 0)
      return { ok: false, message: `Line ${index + 1}: write labels as key=value (got "${line.slice(0, 40)}").` };
    const key = line.slice(0, at).trim();
    if (Object.hasOwn(labels, key)) return { ok: false, message: `Line ${index + 1}: the key "${key}" appears twice.` };
    labels[key] = line.slice(at + 1).trim();
  }
  return { ok: true, labels };
}
