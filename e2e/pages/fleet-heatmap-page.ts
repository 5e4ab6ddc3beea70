import { expect, type Locator, type Page } from "@playwright/test";

/** / (Fleet): the heatmap of clusters × frameworks or seed checks, with its filters. */
export class FleetHeatmapPage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly environment: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Fleet", exact: true });
    this.grid = page.getByRole("table", { name: /per cluster$/ });
    this.environment = page.getByLabel("Environment", { exact: true });
    this.search = page.getByRole("searchbox", { name: "Find cluster" });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.heading).toBeVisible();
    await expect(this.grid).toBeVisible();
  }

  row(cluster: string): Locator {
    return this.grid
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader").getByRole("link", { name: cluster, exact: true }) });
  }

  /** Cluster names in the order the grid shows them. */
  async clusterNames(): Promise<string[]> {
    return this.grid.locator("tbody th[scope=row] a").allTextContents();
  }

  /** The printed values of a cluster's row, in column order. */
  async rowValues(cluster: string): Promise<string[]> {
    return this.row(cluster).locator("td a > span[aria-hidden=true]:first-child").allTextContents();
  }

  cell(cluster: string, column: number): Locator {
    return this.row(cluster).locator("td a").nth(column);
  }
}
