import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { LoginPage } from "./pages/login-page";
import { USERS } from "./support/e2e-env";

// The one spec that signs in through the UI on every test (the others reuse saved logins), so it
// may also sign out: it revokes only the session it made itself.
test.describe("signing in", () => {
  test("the bootstrap admin signs in and lands in the app shell", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    const login = new LoginPage(page);
    await login.signIn(USERS.admin);

    await expect(page).toHaveURL("/");
    const shell = new AppShell(page);
    for (const label of ["Fleet", "Clusters", "Frameworks", "Trends", "Waivers", "Evidence", "Settings"]) {
      await expect(shell.navLink(label)).toBeVisible();
    }
    await expect(shell.navLink("Fleet")).toHaveAttribute("aria-current", "page");
    await expect(shell.signedInAs(USERS.admin.email)).toBeVisible();
    await expect(shell.role("admin")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Fleet", exact: true })).toBeVisible();
  });

  test("a wrong password is refused with a readable message and stays on /login", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn({ email: USERS.admin.email, password: "not-the-password" });

    await expect(login.error("E-mail or password is wrong.")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expect(login.submit).toBeEnabled();
    await expect(new AppShell(page).nav).toHaveCount(0);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });

  test("signing out ends the session on the server, not only in the browser", async ({ page, playwright, baseURL }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(USERS.engineer);
    await expect(page).toHaveURL("/");
    const signedIn = await page.context().storageState();
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);

    await new AppShell(page).signOut.click();
    await expect(login.heading).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login$/);

    // The cookie from before signing out must not work any more either (the session row is revoked).
    const stolen = await playwright.request.newContext({ baseURL, storageState: signedIn });
    try {
      const response = await stolen.get("/api/v1/me");
      expect(response.status()).toBe(401);
    } finally {
      await stolen.dispose();
    }
  });
});
