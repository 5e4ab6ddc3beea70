// Property-based bad input for every mutating API route (found on disk): random and adversarial
// JSON — huge strings, deep nesting, wrong types, unicode tricks, __proto__ keys, not JSON at all —
// always gets a 4xx with the one JSON error shape (or, for an input that happens to be valid, a
// 2xx), never a 5xx, and never takes the process down.
import { randomUUID } from "node:crypto";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { discoverApiRoutes, type HttpMethod } from "@/lib/server/testing/discover-api-routes";

type Handler = Parameters<typeof callRoute>[0]["handler"];

const RUNS_PER_ROUTE = 150;
const MUTATIONS: HttpMethod[] = ["POST", "PUT", "PATCH", "DELETE"];

/** A plausible body per route, so mutations of one field reach the deeper checks behind the first. */
const SEED_BODIES: Record<string, Record<string, unknown>> = {
  "POST /api/v1/clusters": { name: "fuzz-1", environment: "edge", kubeconfig: "apiVersion: v1\nkind: Config\n" },
  "PATCH /api/v1/clusters/[id]": { name: "fuzz-1", schedule: "0 * * * *", labels: { team: "a" } },
  "POST /api/v1/evidence-packs": { frameworks: ["cis-k8s"], from: "2026-01-01", to: "2026-02-01" },
  "POST /api/v1/tokens": { name: "fuzz", role: "viewer" },
  "POST /api/v1/users": { email: "fuzz@example.com", name: "Fuzz", role: "viewer", password: "correct horse battery" },
  "PATCH /api/v1/users/[id]": { role: "viewer", isDisabled: false },
  "POST /api/v1/waivers": {
    checkId: "seed.privileged-pods",
    justification: "accepted for the fuzzing run",
    expiresAt: "2027-01-01T00:00:00Z",
  },
};

const TRICKY_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\u202eevil",
  "\ud800",
  "\udfff\ud800",
  "\uffff\ufffe",
  "e\u0301",
  "\u200b\u200d\ufeff",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "Ａｄｍｉｎ",
  "../../../etc/passwd",
  "${jndi:ldap://x/a}",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "\r\n\r\nX-Injected: 1",
  "NaN",
  "-0",
  "1e999",
];

const trickyString = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer({ min: 10_000, max: 300_000 }).map((length) => "x".repeat(length)),
);

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  { weight: 2, arbitrary: trickyString },
  fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}),
);

/** JSON text nested `depth` levels deep, optionally as the value of a real field. */
const deepNesting = fc
  .record({ depth: fc.integer({ min: 50, max: 20_000 }), kind: fc.constantFrom("[", '{"a":') })
  .map(({ depth, kind }) =>
    kind === "[" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
  );

function bodyArbitrary(seed: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(seed);
  const fieldKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("name");
  return fc.oneof(
    // Random JSON of any shape.
    fc.jsonValue().map((value) => JSON.stringify(value)),
    // The right body with one field wrong (type, size, unicode): the likeliest to reach a query.
    {
      weight: 4,
      arbitrary: fc
        .record({ key: fieldKey, value: anyValue })
        .map(({ key, value }) => JSON.stringify({ ...seed, [key]: value })),
    },
    // The right keys with arbitrary values, plus unknown keys.
    fc
      .dictionary(fc.oneof(fieldKey, fc.string({ maxLength: 20 })), anyValue, { maxKeys: 8 })
      .map((value) => JSON.stringify(value)),
    // Prototype pollution attempts: JSON.parse makes "__proto__" an own key.
    fc
      .record({ key: fc.constantFrom("__proto__", "constructor", "prototype"), value: anyValue })
      .map(({ key, value }) =>
        JSON.stringify(seed).replace(/^\{/, `{"${key}":${JSON.stringify({ isAdmin: true, role: "admin", value })},`),
      ),
    // Deep nesting, bare or inside a real field.
    fc
      .record({ nested: deepNesting, key: fieldKey })
      .chain(({ nested, key }) => fc.constantFrom(nested, `{"${key}":${nested}}`)),
    // Not JSON at all.
    fc.oneof(fc.string(), fc.constantFrom("", "{", '{"a":}', "[1,]", "\ufeff{}", "undefined", "{'a':1}")),
  );
}

function paramsFor(route: string, segments: string[]): Record<string, string> {
  const isCuid = /^\/api\/v1\/(tokens|users)\//.test(route);
  return Object.fromEntries(
    segments.map((segment) => [
      segment,
      segment === "id" ? (isCuid ? "cfuzz00000000000000000000" : randomUUID()) : "x",
    ]),
  );
}

describe("bad JSON bodies on every mutating route", () => {
  let admin = "";
  let tried = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    await resetDatabase();
    ({ admin } = await tokensByRole());
  });

  afterAll(() => {
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    console.info(`json bodies fuzz: ${tried} inputs tried (${summary.join(", ")})`);
  });

  const routes = discoverApiRoutes({ appDir: path.resolve("app") }).filter(
    (route) => !route.route.startsWith("/api/auth/"),
  );

  it.each(routes.map((route) => [route.route, route] as const))("%s", async (_, route) => {
    const routeModule = (await import(route.file)) as Partial<Record<HttpMethod, Handler>>;
    for (const method of MUTATIONS) {
      const handler = routeModule[method];
      if (!handler) continue;
      const name = `${method} ${route.route}`;
      await fc.assert(
        fc.asyncProperty(bodyArbitrary(SEED_BODIES[name] ?? {}), fc.boolean(), async (body, isJsonType) => {
          tried += 1;
          const answer = await callRoute({
            handler,
            method,
            token: admin,
            params: paramsFor(route.route, route.segments),
            body,
            headers: { "content-type": isJsonType ? "application/json" : "application/json; charset=utf-8" },
          });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.json, name).toEqual({
              error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
            });
          }
        }),
        {
          numRuns: RUNS_PER_ROUTE,
          // Always tried: a NUL and a lone surrogate in every field of the seed (PostgreSQL text cannot hold either).
          examples: Object.keys(SEED_BODIES[name] ?? {}).flatMap((key) =>
            ["a\u0000b", "a\ud800b"].map((value): [string, boolean] => [
              JSON.stringify({ ...SEED_BODIES[name], [key]: value }),
              true,
            ]),
          ),
        },
      );
      // Over the size limit: refused before parsing.
      const huge = await callRoute({
        handler,
        method,
        token: admin,
        params: paramsFor(route.route, route.segments),
        body: `{"a":"${"x".repeat(1024 * 1024 + 1)}"}`,
      });
      tried += 1;
      expect(huge.status, name).toBeLessThan(500);
    }
  });
});
