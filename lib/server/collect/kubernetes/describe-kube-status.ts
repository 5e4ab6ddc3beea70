import type { CollectionErrorKind } from "@/lib/server/collect/snapshot/collection-error";

const MAX_MESSAGE_CHARS = 300;

/** Statuses worth another attempt: API Priority and Fairness throttling and server-side failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * The error for a non-2xx answer, with the server's own Status message when it sent one
 * (shortened; it names the user and resource, never credential material).
 * 429 and 5xx mean the API could not serve the request: `unreachable`.
 */
export function describeKubeStatus({ status, body, path }: { status: number; body: Buffer; path: string }): {
  kind: CollectionErrorKind;
  message: string;
} {
  const detail = readStatusMessage(body);
  const said = detail ? `: ${detail}` : "";
  if (status === 401)
    return {
      kind: "unauthorized",
      message: `Unauthorized (401) for ${path}: the credential was not accepted (expired or unknown client certificate or token).`,
    };
  if (status === 403) return { kind: "forbidden", message: `Forbidden (403)${said || ` for ${path}`}` };
  if (status === 404) return { kind: "not-found", message: `Not found (404) for ${path}${said}` };
  if (status === 410)
    return {
      kind: "invalid-response",
      message: `Expired (410) for ${path}: the list's snapshot was compacted away even after a restart${said}`,
    };
  if (status === 429) return { kind: "unreachable", message: `Throttled (429) for ${path} after retries${said}` };
  if (status >= 500)
    return { kind: "unreachable", message: `Server error (${status}) for ${path} after retries${said}` };
  return { kind: "invalid-response", message: `Unexpected HTTP ${status} for ${path}${said}` };
}

function readStatusMessage(body: Buffer): string | null {
  if (body.length === 0 || body.length > 64 * 1024) return null;
  try {
    const parsed = JSON.parse(body.toString("utf8")) as unknown;
    const message = (parsed as { message?: unknown } | null)?.message;
    if (typeof message !== "string" || message === "") return null;
    return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
  } catch {
    return null;
  }
}
