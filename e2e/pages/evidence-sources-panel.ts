import { expect, type Locator, type Page } from "@playwright/test";

/** The "Evidence sources" panel on /clusters/{id}: the ecosystem tools found, their health and fed checks. */
export class EvidenceSourcesPanel {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "Evidence sources" });
    this.table = this.root.getByRole("table", { name: "Evidence sources" });
    this.rows = this.table.locator("tbody > tr");
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}`);
    await expect(this.root).toBeVisible();
  }

  /** The row of one tool, by the name in its first cell. */
  row(tool: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("cell").first().getByText(tool, { exact: true }) });
  }
}
