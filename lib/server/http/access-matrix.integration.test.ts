import { randomUUID } from "node:crypto";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/shared/roles";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { createApiToken } from "@/lib/server/store/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/store/tokens/revoke-api-token";
import { revokeSession } from "@/lib/server/store/sessions/revoke-session";
import {
  discoverApiRoutes,
  HTTP_METHODS,
  type DiscoveredRoute,
  type HttpMethod,
} from "@/lib/server/testing/discover-api-routes";
import { mintSessionCookie } from "@/lib/server/testing/mint-session-cookie";
import { ROUTE_ACCESS_POLICY, type RouteAccess } from "@/lib/server/testing/route-access-policy";

type Handler = (request: NextRequest, segment: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

const ORIGIN = "http://localhost:3000";
/** What a browser sends with a same-origin request: the page's origin and the host it talks to. */
const SAME_ORIGIN = { origin: ORIGIN, host: "localhost:3000" };
const ROUTES = discoverApiRoutes({ appDir: path.resolve("app") });

/**
 * Who calls. Roles come twice, with an API token and with a browser session cookie (same-origin),
 * because the two are authenticated by different code. `expect` says what the identity must get
 * where the route is not public: the role's allow/deny, or 401 whatever the role behind it.
 */
type Identity =
  | { name: string; headers: Record<string, string>; expect: { role: Role; isCrossSite?: boolean } }
  | { name: string; headers: Record<string, string>; expect: { unauthorized: string } };

const SIGN_IN = "Sign in or send an API token.";

async function buildIdentities(): Promise<Identity[]> {
  const identities: Identity[] = [{ name: "anonymous", headers: {}, expect: { unauthorized: SIGN_IN } }];
  for (const role of ROLES) {
    const { token } = await createApiToken({ name: `matrix-${role}`, role });
    identities.push({ name: `${role} (API token)`, headers: { authorization: `Bearer ${token}` }, expect: { role } });
    const { cookie } = await mintSessionCookie({ role, email: `${role}@matrix.test` });
    identities.push({ name: `${role} (session)`, headers: { cookie, ...SAME_ORIGIN }, expect: { role } });
  }
  // An admin's token and sessions, so nothing but revocation or expiry can explain a refusal.
  const revoked = await createApiToken({ name: "matrix-revoked", role: "admin" });
  await revokeApiToken({ id: revoked.view.id });
  identities.push({
    name: "revoked API token",
    headers: { authorization: `Bearer ${revoked.token}` },
    expect: { unauthorized: "API token is invalid or revoked." },
  });
  const expired = await mintSessionCookie({ role: "admin", email: "expired@matrix.test" });
  await getDb().session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  identities.push({
    name: "expired session",
    headers: { cookie: expired.cookie, ...SAME_ORIGIN },
    expect: { unauthorized: SIGN_IN },
  });
  const signedOut = await mintSessionCookie({ role: "admin", email: "signed-out@matrix.test" });
  await revokeSession({ sessionId: signedOut.sessionId });
  identities.push({
    name: "signed-out session",
    headers: { cookie: signedOut.cookie, ...SAME_ORIGIN },
    expect: { unauthorized: SIGN_IN },
  });
  const disabled = await mintSessionCookie({ role: "admin", email: "disabled@matrix.test" });
  await getDb().user.update({ where: { id: disabled.userId }, data: { isDisabled: true } });
  identities.push({
    name: "disabled user's session",
    headers: { cookie: disabled.cookie, ...SAME_ORIGIN },
    expect: { unauthorized: SIGN_IN },
  });
  // A cross-site form or fetch riding on an admin's cookie: mutations must be refused (CSRF).
  const crossSite = await mintSessionCookie({ role: "admin", email: "cross-site@matrix.test" });
  identities.push({
    name: "admin session, cross-site Origin",
    headers: { cookie: crossSite.cookie, host: "localhost:3000", origin: "https://evil.example" },
    expect: { role: "admin", isCrossSite: true },
  });
  return identities;
}

/** A well-formed value for each dynamic segment, pointing at nothing: allowed callers get a 4xx, never a side effect. */
function paramsFor(route: DiscoveredRoute): { params: Record<string, unknown>; url: string } {
  const isCuid = /^\/api\/v1\/(tokens|users)\//.test(route.route);
  const values: Record<string, string | string[]> = {
    id: isCuid ? "cmatrix0000000000000000000" : randomUUID(),
    frameworkId: "cis-k8s",
    node: "cp-1",
    nextauth: ["session"],
  };
  const params = Object.fromEntries(route.segments.map((segment) => [segment, values[segment] ?? "x"]));
  const url = route.route.replace(/\[+(?:\.\.\.)?([^\]]+)\]+/g, (_, name: string) => {
    const value = values[name] ?? "x";
    return Array.isArray(value) ? value.join("/") : value;
  });
  return { params, url };
}

async function call(handler: Handler, method: HttpMethod, route: DiscoveredRoute, identity: Identity) {
  const { params, url } = paramsFor(route);
  const request = new NextRequest(new URL(url, ORIGIN), { method, headers: identity.headers });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

const IS_MUTATION = (method: HttpMethod) => !["GET", "HEAD", "OPTIONS"].includes(method);

function expectOutcome({
  access,
  method,
  identity,
  outcome,
  where,
}: {
  access: Exclude<RouteAccess, "next-auth">;
  method: HttpMethod;
  identity: Identity;
  outcome: { status: number; json: unknown };
  where: string;
}): void {
  // 503 is health's documented answer while no worker runs; 500 is never right.
  expect(outcome.status, `${where}: never a server error`).not.toBe(500);
  if (access === "public") {
    expect([401, 403], `${where}: public`).not.toContain(outcome.status);
    return;
  }
  if ("unauthorized" in identity.expect) {
    expect(outcome, where).toEqual({
      status: 401,
      json: { error: { code: "unauthorized", message: identity.expect.unauthorized } },
    });
    return;
  }
  const { role, isCrossSite } = identity.expect;
  if (!access.includes(role)) {
    expect(outcome, where).toEqual({
      status: 403,
      json: { error: { code: "forbidden", message: `Your role (${role}) may not do this.` } },
    });
    return;
  }
  if (isCrossSite && IS_MUTATION(method)) {
    expect(outcome.status, where).toBe(403);
    expect(outcome.json, where).toMatchObject({
      error: { code: "forbidden", message: expect.stringMatching(/^Cross-site/) },
    });
    return;
  }
  // Allowed: the call got past authentication and the role check (to a 2xx, or a 4xx about the
  // made-up id or the missing body).
  expect([401, 403], `${where}: allowed`).not.toContain(outcome.status);
}

describe("access matrix over every API route", () => {
  let identities: Identity[] = [];
  let tried = 0;

  beforeAll(async () => {
    await resetDatabase();
    identities = await buildIdentities();
  });

  afterAll(() => {
    const methods = ROUTES.length;
    console.info(
      `access matrix: ${tried} (route, method, identity) combinations over ${methods} route files and ${identities.length} identities`,
    );
  });

  it("has a documented rule for every route and method, and no rule for a route that is gone", async () => {
    const found: string[] = [];
    for (const route of ROUTES) {
      const routeModule = (await import(route.file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS)
        if (typeof routeModule[method] === "function") found.push(`${method} ${route.route}`);
    }
    const documented = Object.entries(ROUTE_ACCESS_POLICY).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method} ${route}`),
    );
    expect(found.sort()).toEqual(documented.sort());
  });

  it.each(ROUTES.map((route) => [route.route, route] as const))("%s", async (_, route) => {
    const routeModule = (await import(route.file)) as Record<string, unknown>;
    const rules = ROUTE_ACCESS_POLICY[route.route] ?? {};
    for (const method of HTTP_METHODS) {
      const handler = routeModule[method];
      if (typeof handler !== "function") continue;
      const access = rules[method];
      expect(access, `${method} ${route.route} has no rule in route-access-policy.ts`).toBeDefined();
      if (access === undefined || access === "next-auth") continue;
      for (const identity of identities) {
        const outcome = await call(handler as Handler, method, route, identity);
        expectOutcome({ access, method, identity, outcome, where: `${method} ${route.route} as ${identity.name}` });
        tried += 1;
      }
    }
  });

  it("audit-logs refusals of the routes that promise it", async () => {
    const denied = await getDb().auditEvent.findMany({ where: { outcome: "denied" }, select: { action: true } });
    const actions = new Set(denied.map((event) => event.action));
    for (const action of [
      "cluster.create",
      "token.create",
      "user.create",
      "evidence.download",
      "audit.read",
      "waiver.create",
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});
