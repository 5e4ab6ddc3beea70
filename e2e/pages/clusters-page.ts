import { expect, type Locator, type Page } from "@playwright/test";

/** Settings → Clusters: the registry table with endpoints and credential expiry (admins only). */
export class ClustersPage {
  readonly heading: Locator;
  readonly addCluster: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Clusters", exact: true });
    this.addCluster = page.getByRole("link", { name: "Add cluster", exact: true }).first();
    this.table = page.getByRole("table", { name: "Registered clusters" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/settings/clusters");
    await expect(this.heading).toBeVisible();
  }

  /** The table row of one cluster, found by the name in its row header. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  /** The cell under a column header, in the row of `name`. */
  async cell(name: string, column: string): Promise<Locator> {
    const headers = await this.table.getByRole("columnheader").allTextContents();
    const index = headers.findIndex((header) => header.trim() === column);
    if (index < 0) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
    return this.row(name)
      .getByRole("cell")
      .nth(index - 1);
  }
}
