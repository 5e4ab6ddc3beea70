import { expect } from "@playwright/test";
import { WaiversPage } from "./pages/waivers-page";
import { storageStatePath } from "./support/e2e-env";
import { test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

const DAY_MS = 86_400_000;

test.describe("waiver register", () => {
  test.describe("as an engineer", () => {
    test.use({ storageState: storageStatePath("engineer") });

    test("accepts a risk for one cluster and namespace, sees it in force, and revokes it", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "waiver-pier-01";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        const waivers = new WaiversPage(page);
        await waivers.goto();
        const expires = new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10);
        await waivers.acceptRisk({
          checkId: "seed.network-policies",
          cluster: name,
          namespace: "legacy-billing",
          justification: "Legacy billing needs open egress until the Q2 migration; firewalled at the site edge.",
          expires,
        });

        const row = waivers.row("seed.network-policies");
        await expect(row).toContainText(`${name} · namespace legacy-billing`);
        await expect(row).toContainText("engineer@e2e.lotse.test (engineer)");
        await expect(row).toContainText("In force");
        await expect(row).toContainText(/(60|61) days left/);

        const listed = (await (await admin.get("/api/v1/waivers")).json()) as {
          items: { id: string; clusterId: string; state: string }[];
        };
        expect(listed.items.filter((item) => item.clusterId === id).map((item) => item.state)).toEqual(["active"]);

        await row.getByRole("button", { name: /^Revoke the waiver/ }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Revoke waiver" }).click();
        await expect(page.getByRole("dialog")).toBeHidden();
        await expect(waivers.row("seed.network-policies")).toHaveCount(0);
        await waivers.show("Revoked");
        await expect(page).toHaveURL(/\?state=revoked$/);
        await expect(waivers.row("seed.network-policies")).toContainText("by engineer@e2e.lotse.test");
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });

    test("a finding's Waive link opens the form filled with its check and scope", async ({ page }) => {
      await page.goto("/waivers?check=seed.pod-security&namespace=legacy-billing&node=");
      const waivers = new WaiversPage(page);
      await expect(waivers.heading).toBeVisible();
      await expect(waivers.form.getByLabel("Check", { exact: true })).toHaveValue("seed.pod-security");
      await expect(waivers.form.getByLabel(/^Namespace/)).toHaveValue("legacy-billing");
      await expect(waivers.form.getByLabel("Cluster", { exact: true })).toHaveValue("");
    });

    test("a waiver longer than a year is refused with the reason", async ({ request, baseURL }) => {
      const response = await request.post("/api/v1/waivers", {
        headers: { origin: baseURL! },
        data: {
          checkId: "seed.audit-logging",
          justification: "We will get to it eventually, promise.",
          expiresAt: new Date(Date.now() + 400 * DAY_MS).toISOString(),
        },
      });
      expect(response.status()).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: "bad_request", message: "A waiver can last one year at most; review it again then." },
      });
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("reads the register but has no form and no revoke buttons", async ({ page, request, baseURL }) => {
      const waivers = new WaiversPage(page);
      await waivers.goto();
      await expect(page.getByRole("heading", { name: "Register" })).toBeVisible();
      await expect(waivers.form).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Revoke the waiver/ })).toHaveCount(0);
      const refused = await request.post("/api/v1/waivers", {
        headers: { origin: baseURL! },
        data: { checkId: "seed.audit-logging", justification: "x".repeat(20), expiresAt: new Date().toISOString() },
      });
      expect(refused.status()).toBe(403);
    });
  });
});
