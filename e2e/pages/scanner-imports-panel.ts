import { expect, type Locator, type Page } from "@playwright/test";

/** The "Scanner imports" panel on /clusters/{id}: upload form (admin, engineer) and the import list. */
export class ScannerImportsPanel {
  readonly root: Locator;
  readonly file: Locator;
  readonly node: Locator;
  readonly submit: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "Scanner imports" });
    this.file = this.root.getByLabel("Result file");
    this.node = this.root.getByLabel(/^Node/);
    this.submit = this.root.getByRole("button", { name: "Import" });
    this.table = this.root.getByRole("table", { name: "Scanner imports" });
    this.rows = this.table.locator("tbody > tr");
    this.error = this.root.getByRole("alert");
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}`);
    await expect(this.root).toBeVisible();
  }

  async upload({ path, node }: { path: string; node?: string }): Promise<void> {
    await this.file.setInputFiles(path);
    if (node) await this.node.fill(node);
    await this.submit.click();
  }
}
