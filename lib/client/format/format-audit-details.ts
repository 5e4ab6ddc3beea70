/** Audit details (a flat JSON object of identifiers and reasons) as `key=value` pairs for a table cell. */
export function formatAuditDetails(details: unknown): string[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [JSON.stringify(details)];
  return Object.entries(details as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
}
