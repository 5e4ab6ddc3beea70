import { ApiError } from "./api-error";

type Json = Record<string, unknown> | unknown[];

interface ApiFetchOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: Json;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

function readErrorBody(value: unknown): { code: string; message: string; details?: Record<string, unknown> } | null {
  if (typeof value !== "object" || value === null || !("error" in value)) return null;
  const error = (value as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { code, message, details } = error as Record<string, unknown>;
  if (typeof message !== "string") return null;
  return {
    code: typeof code === "string" ? code : "error",
    message,
    details: typeof details === "object" && details !== null ? (details as Record<string, unknown>) : undefined,
  };
}

function withQuery(path: string, query: ApiFetchOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Calls Lotse's own API with the session cookie and returns the parsed JSON (undefined for 204).
 * Throws ApiError carrying the server's message, so screens can show it as it is.
 */
export async function apiFetch<T>(
  path: string,
  { method = "GET", body, query, signal }: ApiFetchOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      signal,
      credentials: "same-origin",
      cache: "no-store",
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({
      status: 0,
      code: "network",
      message: "Lotse could not be reached. Check your connection and try again.",
    });
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = readErrorBody(payload);
    throw new ApiError({
      status: response.status,
      code: parsed?.code ?? "http",
      message: parsed?.message ?? `The server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, "."),
      details: parsed?.details,
    });
  }
  return payload as T;
}
