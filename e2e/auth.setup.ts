import { expect, test as setup } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { LoginPage } from "./pages/login-page";
import { storageStatePath, USERS, type E2eRole } from "./support/e2e-env";

// One saved login per role, made through the real login form; the specs reuse them.
for (const role of Object.keys(USERS) as E2eRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(USERS[role]);
    await expect(page).toHaveURL("/");
    await expect(new AppShell(page).role(role)).toBeVisible();
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
