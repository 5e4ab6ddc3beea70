import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { ForbiddenPage } from "./pages/forbidden-page";
import { storageStatePath } from "./support/e2e-env";
import { test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

const UNAUTHORIZED = { error: { code: "unauthorized", message: "Sign in or send an API token." } };
const VIEWER_FORBIDDEN = { error: { code: "forbidden", message: "Your role (viewer) may not do this." } };

// Role checks at the HTTP boundary and on the pages of the running app, with real sessions from
// the saved logins.
test.describe("access control", () => {
  test("anonymous callers get 401 with the JSON error shape", async ({ request }) => {
    for (const path of ["/api/v1/clusters", "/api/v1/tokens", "/api/v1/users", "/api/v1/audit-events", "/api/v1/me"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(await response.json(), path).toEqual(UNAUTHORIZED);
    }
    const create = await request.post("/api/v1/clusters", {
      data: { name: "x", environment: "edge", kubeconfig: "x" },
    });
    expect(create.status()).toBe(401);
  });

  test("anonymous page visits are sent to the login page", async ({ page }) => {
    for (const path of ["/", "/clusters", "/settings/clusters", "/settings/clusters/new"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login$/);
      await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
    }
  });

  test("health is public and reports database and worker", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok", workers: expect.any(Number) });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("may list cluster names but not call admin routes", async ({ request, baseURL }) => {
      expect((await request.get("/api/v1/me")).status()).toBe(200);
      expect((await request.get("/api/v1/clusters")).status()).toBe(200);
      for (const path of ["/api/v1/tokens", "/api/v1/users", "/api/v1/audit-events"]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(403);
        expect(await response.json(), path).toEqual(VIEWER_FORBIDDEN);
      }
      // Same-origin, so the refusal is the role's, not the CSRF check's.
      const create = await request.post("/api/v1/clusters", {
        data: { name: "x", environment: "edge", kubeconfig: "x" },
        headers: { origin: baseURL! },
      });
      expect(create.status()).toBe(403);
      expect(await create.json()).toEqual(VIEWER_FORBIDDEN);
      const token = await request.post("/api/v1/tokens", {
        data: { name: "mine", role: "admin" },
        headers: { origin: baseURL! },
      });
      expect(token.status()).toBe(403);
    });

    test("sees a registered cluster's name but neither the credentials page nor its credential metadata", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "south-pier-viewer";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await expectViewerCannotSeeCredentials({
          page,
          request: page.request,
          id,
          name,
          server: simulatedCluster.kubernetesServer,
        });
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });

  test.describe("as an admin", () => {
    test.use({ storageState: storageStatePath("admin") });

    test("cookie-authenticated mutations without a matching Origin are refused (CSRF)", async ({ request }) => {
      const response = await request.post("/api/v1/tokens", {
        data: { name: "csrf", role: "viewer" },
        headers: { origin: "https://evil.example" },
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error.message).toContain("Cross-site");
    });
  });
});

async function expectViewerCannotSeeCredentials({
  page,
  request,
  id,
  name,
  server,
}: {
  page: Page;
  request: APIRequestContext;
  id: string;
  name: string;
  server: string;
}): Promise<void> {
  const forbidden = new ForbiddenPage(page);
  for (const path of [
    "/settings/clusters",
    "/settings/clusters/new",
    `/settings/clusters/${id}`,
    "/settings/tokens",
    "/settings/users",
  ]) {
    await page.goto(path);
    await expect(forbidden.heading("viewer"), path).toBeVisible();
    await expect(page.getByText(name), path).toHaveCount(0);
    await expect(page.getByText(server), path).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Add cluster|Test connection|Delete cluster/ }), path).toHaveCount(0);
  }
  await expect(new AppShell(page).navLink("Settings")).toHaveCount(0);

  // The posture pages show the cluster by name and placement, without endpoints or expiry.
  await page.goto("/clusters");
  const table = page.getByRole("table", { name: "Registered clusters" });
  await expect(table.getByRole("rowheader", { name, exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Credentials" })).toHaveCount(0);
  await expect(page.getByText(server)).toHaveCount(0);

  const response = await request.get(`/api/v1/clusters/${id}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ id, name, environment: "edge" });
  expect(body).not.toHaveProperty("kubernetes");
  expect(body).not.toHaveProperty("talos");
  expect(body).not.toHaveProperty("credentialsExpireAt");
}
