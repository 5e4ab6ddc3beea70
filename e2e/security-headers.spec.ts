import { readFileSync } from "node:fs";
import type { APIRequestContext, Page, Response } from "@playwright/test";
import { storageStatePath, type E2eRole } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

// A new cluster is collected within a scheduler tick (15 s) plus the collection itself.
const RUN_TIMEOUT = 60_000;

interface Violation {
  directive: string;
  blockedURI: string;
}

/**
 * Records every CSP violation the page reports (the DOM event, which fires even where the console
 * message is suppressed) and every console error, from before the first script runs.
 */
async function watchPage(page: Page): Promise<{ violations: () => Promise<Violation[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: { directive: string; blockedURI: string }[] = [];
    (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI }),
    );
  });
  return {
    consoleErrors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? []),
  };
}

function scriptSrc(csp: string): string {
  return (
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src ")) ?? ""
  );
}

/** The headers every HTML page must carry, and the nonce its CSP names. */
async function expectPageHeaders(response: Response | null, path: string): Promise<string> {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc(csp))?.[1];
  expect(nonce, `${path}: ${csp}`).toBeTruthy();
  expect(scriptSrc(csp), path).not.toContain("'unsafe-inline'");
  expect(scriptSrc(csp), path).not.toContain("'unsafe-eval'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toContain("base-uri 'self'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("same-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  expect(headers["x-frame-options"], path).toBe("DENY");
  // Plain http here: HSTS would be ignored by browsers and wrong to send.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  // Every script the server wrote into the HTML carries this response's nonce.
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  return nonce!;
}

async function visitCleanly(page: Page, path: string): Promise<string> {
  const watch = await watchPage(page);
  const response = await page.goto(path);
  const nonce = await expectPageHeaders(response, path);
  await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  // Hydration finished: client components render after their scripts ran.
  await page.waitForLoadState("networkidle");
  expect(await watch.violations(), path).toEqual([]);
  expect(
    watch.consoleErrors.filter((text) => /Content.Security.Policy|Refused to/i.test(text)),
    path,
  ).toEqual([]);
  expect(watch.consoleErrors, path).toEqual([]);
  return nonce;
}

async function waitForEvaluation(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/clusters/${id}/runs`);
        const { items } = (await response.json()) as { items: { snapshotHash: string | null }[] };
        return items.some((run) => run.snapshotHash !== null);
      },
      { timeout: RUN_TIMEOUT, intervals: [1_000] },
    )
    .toBe(true);
}

test.describe("security headers", () => {
  test("the sign-in page renders under the CSP and each response has its own nonce", async ({ page }) => {
    const first = await visitCleanly(page, "/login");
    const second = await visitCleanly(page, "/login");
    expect(first).not.toBe(second);
  });

  test("API responses allow nothing to run and say nosniff", async ({ request }) => {
    for (const path of ["/api/health", "/api/v1/me"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("default-src 'none'");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("HSTS is sent when a TLS-terminating proxy says the request came over https", async ({ request }) => {
    for (const path of ["/login", "/api/health"]) {
      const response = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
    }
  });

  for (const role of ["admin", "viewer"] as const satisfies readonly E2eRole[]) {
    test("the session cookie is HttpOnly and SameSite=Lax for " + role, () => {
      const state = JSON.parse(readFileSync(storageStatePath(role), "utf8")) as {
        cookies: { name: string; httpOnly: boolean; sameSite: string; secure: boolean }[];
      };
      const session = state.cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
      expect(session).toBeDefined();
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
      // Served over plain http in this test: a Secure cookie would never come back. Behind TLS
      // (NEXTAUTH_URL https) next-auth names it __Secure-… and sets Secure.
      expect(session!.secure).toBe(false);
    });
  }

  test.describe("as an admin", () => {
    test.use({ storageState: storageStatePath("admin") });

    test("every page renders with no CSP violation and no console error", async ({
      page,
      request,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(180_000);
      const id = await seedCluster({ request, baseURL: baseURL!, sim: simulatedCluster, name: "csp-pier" });
      try {
        expect((await request.post(`/api/v1/clusters/${id}/collect`, { headers: { origin: baseURL! } })).status()).toBe(
          202,
        );
        await waitForEvaluation(request, id);
        for (const path of [
          "/",
          "/clusters",
          `/clusters/${id}`,
          `/clusters/${id}/frameworks/cis-k8s`,
          `/clusters/${id}/nodes`,
          `/clusters/${id}/rbac`,
          "/frameworks",
          "/frameworks/cis-k8s",
          "/trends",
          "/waivers",
          "/evidence",
          "/settings/clusters",
          "/settings/clusters/new",
          `/settings/clusters/${id}`,
          "/settings/users",
          "/settings/tokens",
          "/settings/audit",
        ]) {
          await visitCleanly(page, path);
        }
      } finally {
        await deleteCluster({ request, baseURL: baseURL!, id });
      }
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("posture pages and the refusal page render under the CSP", async ({ page }) => {
      for (const path of ["/", "/clusters", "/frameworks", "/trends", "/settings/users"]) {
        await visitCleanly(page, path);
      }
    });
  });
});
