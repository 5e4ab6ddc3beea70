import { NextRequest } from "next/server";
import type { Role } from "@/lib/shared/roles";
import { createApiToken } from "@/lib/server/store/tokens/create-api-token";

type RouteHandler = (request: NextRequest, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, with a real NextRequest. */
export async function callRoute({
  handler,
  method = "GET",
  path = "/api/test",
  params = {},
  token,
  body,
  headers = {},
}: {
  handler: RouteHandler;
  method?: string;
  path?: string;
  params?: Record<string, string>;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}): Promise<{ status: number; json: unknown; text: string }> {
  const request = new NextRequest(new URL(path, "http://localhost:3000"), {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, json, text };
}

/** A fresh API token per role, for calling routes as that role. */
export async function tokensByRole(): Promise<Record<Role, string>> {
  const entries = await Promise.all(
    (["admin", "engineer", "auditor", "viewer"] as const).map(
      async (role) => [role, (await createApiToken({ name: `test-${role}`, role })).token] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<Role, string>;
}
