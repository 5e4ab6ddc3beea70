import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatScore } from "@/lib/shared/score-bands";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { FleetHeatmapPage } from "./pages/fleet-heatmap-page";
import { storageStatePath } from "./support/e2e-env";
import { backdateLastSuccess, startDemoFleet, type DemoFleet } from "./support/demo-fleet";
import { multiplyHeatmap } from "./support/multiply-heatmap";

const SCREENSHOTS = "test-results/screenshots";

// The simulator's default 30-cluster fleet, collected and evaluated by Lotse, as the CCoE lead sees it.
test.describe.serial("fleet heatmap", () => {
  test.use({ storageState: storageStatePath("viewer") });
  let fleet: DemoFleet;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    fleet = await startDemoFleet({ request: admin, baseURL: baseURL! });
  });

  test.afterAll(async () => {
    await fleet?.stop();
  });

  test("shows every cluster × every framework with the scores the API returns", async ({ page, request }) => {
    const api = (await (await request.get("/api/v1/fleet/heatmap")).json()) as HeatmapView;
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    const names = await heatmap.clusterNames();
    for (const name of fleet.ids.keys()) expect(names).toContain(name);
    for (const [name, id] of fleet.ids) {
      const expected = api.frameworks.map((framework) =>
        formatScore(api.cells.find((cell) => cell.clusterId === id && cell.frameworkId === framework.id)!.score),
      );
      expect(await heatmap.rowValues(name), name).toEqual(expected);
    }
    // The tooltip and accessible name carry the counts, not only the colour.
    const cell = api.cells.find(
      (item) => item.clusterId === fleet.ids.get("legacy-01") && item.frameworkId === "nist-800-53",
    )!;
    await expect(heatmap.cell("legacy-01", 1)).toHaveAccessibleName(
      new RegExp(`${cell.pass} pass · ${cell.fail} fail · ${cell.unknown} unknown · ${cell.waived} waived`),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/fleet-heatmap.png`, fullPage: true });
  });

  test("filters by environment in the URL: edge shows only edge clusters", async ({ page }) => {
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    await heatmap.environment.selectOption("edge");
    await expect(page).toHaveURL(/\?environment=edge$/);
    await expect(heatmap.row("core-01")).toHaveCount(0);
    const names = await heatmap.clusterNames();
    expect(names.filter((name) => fleet.ids.has(name))).toEqual(
      [...fleet.ids.keys()].filter((name) => name.startsWith("edge-")).sort(),
    );
    await page.reload();
    await expect(heatmap.environment).toHaveValue("edge");
  });

  test("finds clusters by name in the URL, and says so when none matches", async ({ page }) => {
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    await heatmap.search.fill("CORE-0");
    await expect(page).toHaveURL(/\?q=CORE-0$/);
    await expect(heatmap.row("core-01")).toHaveCount(1);
    const names = await heatmap.clusterNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.toLowerCase().includes("core-0"))).toBe(true);
    await heatmap.search.fill("no-such-cluster-anywhere");
    await expect(page.getByRole("heading", { name: /No cluster name, site or label contains/ })).toBeVisible();
    await page.reload();
    await expect(heatmap.search).toHaveValue("no-such-cluster-anywhere");
  });

  test("compares with 30 days ago on request, kept in the URL", async ({ page }) => {
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    // The box follows the URL, so it turns checked once the URL has changed.
    const compare = page.getByLabel("Change since 30 days");
    await compare.click();
    await expect(page).toHaveURL(/\?change=30$/);
    await expect(compare).toBeChecked();
    // Collected today, so nothing to compare with: every scored cell says so and prints "new".
    await expect(heatmap.cell("core-01", 0)).toHaveAccessibleName(/No score 30 days ago/);
    await expect(heatmap.row("core-01").locator("td a").first()).toContainText("new");
  });

  test("the seed-check mode lists the ten checks, worst clusters first", async ({ page }) => {
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto("?view=checks&sort=worst");
    await expect(heatmap.grid.getByRole("columnheader")).toHaveCount(11);
    await expect(heatmap.row("edge-03").locator("td a").nth(5)).toHaveAccessibleName(/Fail/);
    await page.screenshot({ path: `${SCREENSHOTS}/fleet-heatmap-checks.png`, fullPage: true });
  });

  test("a stale cluster is drawn stale, never in the compliant colour", async ({ page }) => {
    // The fleet is collected on a yearly schedule (no run joins in during the tests), so STALE means
    // no success for two years.
    const id = fleet.ids.get("cloud-02")!;
    await backdateLastSuccess({ clusterId: id, at: new Date(Date.now() - 800 * 86_400_000) });
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    await expect(heatmap.row("cloud-02")).toContainText("STALE");
    const bands = await heatmap
      .row("cloud-02")
      .locator("td a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("data-band")));
    expect(bands.every((band) => band === "stale")).toBe(true);
    await expect(heatmap.cell("cloud-02", 0)).toHaveAccessibleName(/STALE: last success 800 d ago/);
  });

  test("clicking a cell opens that cluster's framework view", async ({ page }) => {
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    await heatmap.cell("core-01", 2).click();
    await expect(page).toHaveURL(new RegExp(`/clusters/${fleet.ids.get("core-01")}/frameworks/iso-27001$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/ISO/);
  });

  test("stays usable at 200 clusters: no sideways scrolling, column names in view, search narrows", async ({
    page,
    request,
  }) => {
    const api = (await (await request.get("/api/v1/fleet/heatmap")).json()) as HeatmapView;
    const copies = Math.ceil(200 / api.clusters.length);
    const large = multiplyHeatmap(api, copies);
    expect(large.clusters.length).toBeGreaterThanOrEqual(200);
    // The page's own heatmap request answered with the multiplied fleet; everything else is real.
    await page.route(/\/api\/v1\/fleet\/heatmap(\?.*)?$/, (route) => route.fulfill({ json: large }));
    await page.setViewportSize({ width: 1366, height: 768 });
    const heatmap = new FleetHeatmapPage(page);
    await heatmap.goto();
    await expect(heatmap.grid.locator("tbody th[scope=row]")).toHaveCount(large.clusters.length);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow, "pixels of sideways scrolling").toBeLessThanOrEqual(0);

    await heatmap.row(`${api.clusters.at(-1)!.name}-c${copies}`).scrollIntoViewIfNeeded();
    const header = await heatmap.grid.getByRole("columnheader").nth(1).boundingBox();
    expect(header, "column header box").not.toBeNull();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(header!.y).toBeLessThan(768);
    await page.screenshot({ path: `${SCREENSHOTS}/fleet-heatmap-200.png` });

    await heatmap.search.fill("edge-01");
    await expect(heatmap.grid.locator("tbody th[scope=row]")).toHaveCount(copies);
  });
});
