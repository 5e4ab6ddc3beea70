import { expect, type Locator, type Page } from "@playwright/test";

/** /clusters/{id} → Framework scores and Findings (filters, the expandable list), and links to other views. */
export class ClusterFindingsPage {
  readonly scores: Locator;
  readonly scoreTiles: Locator;
  readonly findings: Locator;
  readonly filters: Locator;
  readonly framework: Locator;
  readonly check: Locator;
  readonly namespace: Locator;
  readonly list: Locator;
  /** The findings shown (list items of the findings list, not the nested ones). */
  readonly items: Locator;
  readonly summary: Locator;
  readonly clearFilters: Locator;
  readonly nodeView: Locator;
  readonly rbacGraph: Locator;

  constructor(readonly page: Page) {
    this.scores = page.getByRole("region", { name: "Framework scores", exact: true });
    this.scoreTiles = this.scores.getByRole("list", { name: "Framework scores" }).getByRole("listitem");
    this.findings = page.getByRole("region", { name: "Findings", exact: true });
    this.filters = this.findings.getByRole("search", { name: "Filter findings" });
    this.framework = this.filters.getByLabel("Framework", { exact: true });
    this.check = this.filters.getByLabel("Check", { exact: true });
    this.namespace = this.filters.getByLabel("Namespace", { exact: true });
    this.list = this.findings.getByRole("list", { name: "Findings", exact: true });
    this.items = this.list.locator(":scope > li");
    this.summary = this.findings.getByText(/^\d+ findings?/);
    this.clearFilters = this.filters.getByRole("button", { name: "Clear filters" });
    this.nodeView = page.getByRole("link", { name: "Node view", exact: true });
    this.rbacGraph = page.getByRole("link", { name: "RBAC graph", exact: true });
  }

  async goto(id: string, name: string, query = ""): Promise<void> {
    await this.page.goto(`/clusters/${id}${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
    await expect(this.findings).toBeVisible();
  }

  /** A status toggle of the filter ("Fail", "Unknown", "Waived", …), named with its count. */
  statusToggle(label: string): Locator {
    return this.filters
      .getByRole("group", { name: "Status" })
      .getByRole("button", { name: new RegExp(`^${label} \\d+$`) });
  }

  scoreTile(frameworkName: string): Locator {
    return this.scoreTiles.filter({ has: this.page.getByRole("link", { name: frameworkName, exact: true }) });
  }

  /** The status word of every finding shown, in order. */
  async statuses(): Promise<string[]> {
    return this.items.evaluateAll((items) => items.map((item) => item.getAttribute("data-status") ?? ""));
  }

  /** Opens a finding and returns its expanded body. */
  async open(item: Locator): Promise<Locator> {
    await item.locator("summary").click();
    const body = item.locator("details[open]");
    await expect(body).toBeVisible();
    return body;
  }
}
