/**
 * The wait a 429/503 asks for, in ms: `Retry-After` seconds or HTTP date, else the Status
 * `details.retryAfterSeconds`; null when neither says anything usable.
 */
export function parseRetryAfter({
  header,
  body,
  now = Date.now(),
}: {
  header: string | string[] | undefined;
  body: Buffer;
  now?: number;
}): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined && value.trim() !== "") {
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  if (body.length === 0 || body.length > 64 * 1024) return null;
  try {
    const seconds = (JSON.parse(body.toString("utf8")) as { details?: { retryAfterSeconds?: unknown } } | null)?.details
      ?.retryAfterSeconds;
    return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
  } catch {
    return null;
  }
}
