import { expect, type Locator, type Page } from "@playwright/test";

/** /clusters/{id}/nodes: the node list and the compare matrix. */
export class NodeListPage {
  readonly heading: Locator;
  readonly nodeTable: Locator;
  readonly compare: Locator;
  readonly compareTable: Locator;
  readonly summary: Locator;
  readonly onlyDifferences: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Nodes", exact: true });
    this.nodeTable = page.getByRole("table", { name: "Nodes", exact: true });
    this.compare = page.getByRole("region", { name: "Compare nodes", exact: true });
    this.compareTable = page.getByRole("table", { name: "Compare nodes", exact: true });
    this.summary = page.getByRole("region", { name: "Node summary", exact: true });
    this.onlyDifferences = this.compare.getByRole("checkbox", { name: /^Only attributes where nodes differ/ });
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}/nodes`);
    await expect(this.heading).toBeVisible();
    await expect(this.nodeTable).toBeVisible();
  }

  nodeRows(): Locator {
    return this.nodeTable.getByRole("row").filter({ has: this.page.getByRole("rowheader") });
  }

  nodeLink(name: string): Locator {
    return this.nodeTable.getByRole("link", { name, exact: true });
  }

  /** The compare matrix's row of one attribute (`kernel.kptr_restrict`, `SELinux`, `etcd`). */
  compareRow(attribute: string): Locator {
    return this.compareTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: attribute, exact: true }) });
  }

  /** The compare cell of one attribute (row header text) and node (column header link). */
  async compareCell(attribute: string, node: string): Promise<Locator> {
    const headers = await this.compareTable.locator("thead th").allInnerTexts();
    const index = headers.findIndex((header) => header.split("\n")[0]?.trim() === node);
    if (index < 0) throw new Error(`no column ${node} in ${JSON.stringify(headers)}`);
    const row = this.compareRow(attribute);
    // The row header is the first cell of the row: column index - 1 among the data cells.
    return row.getByRole("cell").nth(index - 1);
  }
}

/** /clusters/{id}/nodes/{node}: one node's security state, kernel parameters, command line, services. */
export class NodeDetailPage {
  readonly securityState: Locator;
  readonly kernelParams: Locator;
  readonly kernelParamTable: Locator;
  readonly cmdline: Locator;
  readonly services: Locator;
  readonly differences: Locator;
  /** Why the node could not be shown (unknown node, bad name), as the server said it. */
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.securityState = page.getByRole("region", { name: "Security state", exact: true });
    this.kernelParams = page.getByRole("region", { name: "Kernel parameters", exact: true });
    this.kernelParamTable = this.kernelParams.getByRole("table", {
      name: "KSPP sysctls against the expected baseline",
    });
    this.cmdline = page.getByRole("region", { name: "Kernel command line", exact: true });
    this.services = page.getByRole("region", { name: "Services", exact: true });
    this.differences = page.getByText(/^Differs from its peers on \d+ attributes?$/);
    this.loadError = page.getByRole("alert").filter({ hasText: "This node could not be loaded" });
  }

  async goto(clusterId: string, node: string, hash = ""): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}/nodes/${encodeURIComponent(node)}${hash}`);
    await expect(this.heading(node)).toBeVisible();
  }

  heading(node: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: node, exact: true });
  }

  /** A KSPP sysctl's row of the diff table, by its `machine.sysctls` name (`kernel.kptr_restrict`). */
  paramRow(sysctl: string): Locator {
    return this.kernelParamTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: sysctl, exact: true }) });
  }

  /** The cell under a column header of the diff table ("Expected", "Current", "Kernel default", "Status"). */
  async paramCell(sysctl: string, column: string): Promise<Locator> {
    const headers = await this.kernelParamTable.getByRole("columnheader").allInnerTexts();
    const index = headers.findIndex((header) => header.trim().toLowerCase() === column.toLowerCase());
    if (index < 0) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
    return this.paramRow(sysctl)
      .getByRole("cell")
      .nth(index - 1);
  }

  sectionLink(name: string): Locator {
    return this.page.getByRole("navigation", { name: "Sections of this node" }).getByRole("link", { name });
  }
}
