import { z } from "zod";

const REQUEST_TIMEOUT_MS = 30_000;
const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** One call to Lotse's API; resolves with any HTTP status, rejects only when there is no answer. */
export type ApiRequest = (request: { method: string; path: string; body?: unknown }) => Promise<ApiResponse>;

export function createApiClient({ baseUrl, token }: { baseUrl: string; token: string }): ApiRequest {
  return async ({ method, path, body }) => {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (e.g. an HTML error page): keep the text for the message.
    }
    return { status: response.status, body: parsed };
  };
}

/** Lotse's `{ error: { code, message } }`, or whatever came back, for an error message. */
export function describeApiError({ status, body }: ApiResponse): string {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return `HTTP ${status} ${parsed.data.error.code}: ${parsed.data.error.message}`;
  return `HTTP ${status}: ${String(typeof body === "string" ? body : JSON.stringify(body)).slice(0, 300)}`;
}

/** Parses a successful response with `schema`; throws naming the call for anything else. */
export function expectOk<T>({
  response,
  schema,
  what,
  statuses = [200],
}: {
  response: ApiResponse;
  schema: z.ZodType<T>;
  what: string;
  statuses?: number[];
}): T {
  if (!statuses.includes(response.status)) throw new Error(`${what} failed: ${describeApiError(response)}`);
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw new Error(`${what}: unexpected answer: ${parsed.error.message}`);
  return parsed.data;
}
