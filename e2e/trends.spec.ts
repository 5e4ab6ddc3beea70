import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { TrendsView } from "@/lib/shared/trends-view";
import { TrendsPage } from "./pages/trends-page";
import { storageStatePath } from "./support/e2e-env";
import { CATALOG_CHANGE_DAY, seedTrendHistory, type SeededFleet } from "./support/seed-history";

const SCREENSHOTS = "test-results/screenshots";

// Three simulated clusters with 90 days of replayed history, as the CCoE lead reads it.
test.describe.serial("trends", () => {
  test.use({ storageState: storageStatePath("viewer") });
  let fleet: SeededFleet;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    fleet = await seedTrendHistory({ request: admin, baseURL: baseURL! });
  });

  test.afterAll(async () => {
    await fleet?.stop();
  });

  test("draws the fleet's score over the seeded 90 days, with the catalog change marked", async ({ page, request }) => {
    const trends = new TrendsPage(page);
    await trends.goto("?range=90");
    await expect(trends.range("90 days")).toHaveAttribute("aria-pressed", "true");
    await expect(trends.scoreLine).toHaveCount(1);
    await expect(trends.catalogMarkers).toHaveCount(1);
    await expect(trends.scoreChart.getByText("Catalog 1.0.0")).toBeVisible();

    // The table carries the same numbers as the API, one row per day, newest first.
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
    const api = (await (await request.get(`/api/v1/trends?from=${from}`)).json()) as TrendsView;
    const cis = api.series.find((series) => series.frameworkId === "cis-k8s")!;
    expect(cis.points).toHaveLength(90);
    expect(cis.points.every((point) => point.score !== null && point.notYetEvaluated === 0)).toBe(true);
    expect(new Set(cis.points.map((point) => point.score)).size).toBeGreaterThan(2);
    expect(api.catalogChanges).toHaveLength(1);
    expect(api.catalogChanges[0]!.previousVersion).toBe("0.9.0");
    expect(api.catalogChanges[0]!.day).toBe(
      new Date(Date.now() + CATALOG_CHANGE_DAY * 86_400_000).toISOString().slice(0, 10),
    );

    await trends.showTable();
    const rows = await trends.tableRows();
    expect(rows).toHaveLength(90);
    const newest = cis.points.at(-1)!;
    expect(rows[0]![2]).toBe(String(newest.failing));

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.getByText("Show as table", { exact: true }).click();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.screenshot({ path: `${SCREENSHOTS}/trends.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${SCREENSHOTS}/trends-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
  });

  test("keeps framework, scope and range in the URL and narrows to one cluster", async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.goto();
    await trends.range("1 year").click();
    await expect(page).toHaveURL(/range=365/);
    await trends.framework.selectOption("nist-800-53");
    await expect(page).toHaveURL(/framework=nist-800-53/);
    await trends.scope.selectOption({ label: "legacy-01" });
    await expect(page).toHaveURL(new RegExp(`cluster=${fleet.ids.get("legacy-01")}`));
    await expect(trends.summary).toContainText("legacy-01");
    await expect(trends.scoreLine).toHaveCount(1);
    await page.reload();
    await expect(trends.framework).toHaveValue("nist-800-53");
    await expect(trends.range("1 year")).toHaveAttribute("aria-pressed", "true");
  });
});
