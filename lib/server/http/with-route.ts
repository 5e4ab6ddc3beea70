import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "@/lib/shared/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { logger } from "@/lib/server/log/logger";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import { assertSameOrigin } from "./assert-same-origin";

const MAX_JSON_BYTES = 1024 * 1024;

interface RouteContext<TBody, TParams, TQuery> {
  actor: Actor;
  body: TBody;
  params: TParams;
  query: TQuery;
  request: NextRequest;
  requestId: string;
}

interface RouteDefinition<TBody, TParams, TQuery> {
  /** Roles allowed to call the route; everyone else gets 403 (anonymous: 401). */
  roles: readonly Role[];
  body?: z.ZodType<TBody>;
  params?: z.ZodType<TParams>;
  query?: z.ZodType<TQuery>;
  /** Audit-log refusals of this route under this action name (e.g. credential routes). */
  auditDeniedAs?: string;
  handler: (context: RouteContext<TBody, TParams, TQuery>) => Promise<unknown>;
}

function describeZodError(error: z.ZodError, where: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : where}: ${issue.message}`)
    .join("; ");
}

/** The field of the first issue (`schedule`, `labels.team`), so a form can mark it; an unknown key names itself. */
function firstZodField(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  if (!issue) return where;
  const path = issue.code === "unrecognized_keys" && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
  return path.length ? path.map(String).join(".") : where;
}

function zodError(code: "bad_request" | "not_found", error: z.ZodError, where: string): AppError {
  return new AppError(code, describeZodError(error, where), { field: firstZodField(error, where) });
}

async function readJsonBody(request: NextRequest): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("unsupported_media_type", "Send the request body as application/json.");
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
    throw new AppError("payload_too_large", "Request body is larger than 1 MiB.");
  }
  try {
    return JSON.parse(text, refuseUnstorableText);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", "Request body is not valid JSON.");
  }
}

// A NUL character or a lone UTF-16 surrogate (legal in JSON as `\u0000` / `\ud800`) cannot be
// stored in PostgreSQL text and would fail deep inside a query: refuse it at the door.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isUnstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

function refuseUnstorableText(key: string, value: unknown): unknown {
  if (isUnstorable(key) || (typeof value === "string" && isUnstorable(value))) {
    throw new AppError(
      "bad_request",
      "Request body contains a NUL character or an unpaired UTF-16 surrogate; send plain Unicode text.",
    );
  }
  return value;
}

/**
 * Wraps a route handler: authentication (session cookie or API token), role check, CSRF origin
 * check for cookie-authenticated mutations, zod parsing of params/query/body, and one error shape
 * `{ error: { code, message } }`. Handlers return a plain object (200 JSON) or a Response.
 */
export function withRoute<TBody = undefined, TParams = undefined, TQuery = undefined>(
  definition: RouteDefinition<TBody, TParams, TQuery>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = randomUUID();
    let actor: (Actor & { via: "token" | "cookie" }) | null = null;
    try {
      actor = await authenticateRequest(request);
      if (!actor) throw new AppError("unauthorized", "Sign in or send an API token.");
      if (!definition.roles.includes(actor.role)) {
        if (definition.auditDeniedAs) {
          await recordAuditEvent({
            actor,
            action: definition.auditDeniedAs,
            outcome: "denied",
            details: { path: request.nextUrl.pathname, method: request.method },
          });
        }
        throw new AppError("forbidden", `Your role (${actor.role}) may not do this.`);
      }
      if (actor.via === "cookie" && !["GET", "HEAD", "OPTIONS"].includes(request.method)) {
        assertSameOrigin(request);
      }
      const rawParams = segment?.params ? await segment.params : {};
      const params = definition.params
        ? definition.params.safeParse(rawParams)
        : { success: true as const, data: undefined as TParams };
      if (!params.success) throw zodError("not_found", params.error, "path");
      const rawQuery = Object.fromEntries(request.nextUrl.searchParams.entries());
      const query = definition.query
        ? definition.query.safeParse(rawQuery)
        : { success: true as const, data: undefined as TQuery };
      if (!query.success) throw zodError("bad_request", query.error, "query");
      let body = undefined as TBody;
      if (definition.body) {
        const parsed = definition.body.safeParse(await readJsonBody(request));
        if (!parsed.success) throw zodError("bad_request", parsed.error, "body");
        body = parsed.data;
      }
      const result = await definition.handler({
        actor,
        body,
        params: params.data as TParams,
        query: query.data as TQuery,
        request,
        requestId,
      });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? {}, { headers: { "x-request-id": requestId, "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse({
        error,
        requestId,
        log: logger.child({ requestId, path: request.nextUrl.pathname, actor: actor?.label }),
      });
    }
  };
}
