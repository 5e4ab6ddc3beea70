import { expect, type Locator, type Page } from "@playwright/test";

/** Filters shared by both framework views: status buttons and the control search. */
class ControlFilters {
  readonly search: Locator;
  readonly count: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.search = root.getByLabel("Search controls");
    this.count = root.getByText(/^\d+( of \d+)? controls$/);
  }

  status(label: string): Locator {
    return this.root.getByRole("button", { name: new RegExp(`^${label} \\d+$`) });
  }
}

/** /clusters/{id}/frameworks/{frameworkId}: one framework on one cluster, control by control. */
export class ClusterFrameworkPage {
  readonly controls: Locator;
  readonly rows: Locator;
  readonly filters: ControlFilters;
  readonly headline: Locator;

  constructor(readonly page: Page) {
    this.controls = page.getByRole("table", { name: "Controls", exact: true });
    this.rows = this.controls.locator("tbody > tr");
    this.filters = new ControlFilters(page, page.getByRole("search", { name: "Filter controls" }));
    this.headline = page.getByRole("definition").first();
  }

  async goto(clusterId: string, frameworkId: string, query = ""): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}/frameworks/${frameworkId}${query}`);
    await expect(this.controls).toBeVisible();
  }

  row(controlId: string): Locator {
    return this.controls.locator(`tbody > tr[data-control="${controlId}"]`);
  }

  /** The status word in a row's Status column. */
  rowStatus(row: Locator): Locator {
    return row.getByRole("cell").first();
  }
}

/** /frameworks and /frameworks/{frameworkId}: the fleet list and its controls × clusters matrix. */
export class FleetFrameworkPage {
  readonly list: Locator;
  readonly environment: Locator;
  readonly matrix: Locator;
  readonly matrixRows: Locator;
  readonly filters: ControlFilters;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole("table", { name: "Frameworks", exact: true });
    this.environment = page.getByLabel("Environment", { exact: true });
    this.matrix = page.getByRole("table", { name: "Controls by cluster", exact: true });
    this.matrixRows = this.matrix.locator("tbody > tr");
    this.filters = new ControlFilters(page, page.getByRole("search", { name: "Filter controls" }));
    this.legend = page.getByRole("group", { name: "Legend" });
  }

  async gotoList(query = ""): Promise<void> {
    await this.page.goto(`/frameworks${query}`);
    await expect(this.list).toBeVisible();
  }

  async gotoMatrix(frameworkId: string, query = ""): Promise<void> {
    await this.page.goto(`/frameworks/${frameworkId}${query}`);
    await expect(this.matrix).toBeVisible();
  }

  listRow(frameworkId: string): Locator {
    return this.list.locator(`tbody > tr[data-framework="${frameworkId}"]`);
  }

  matrixRow(controlId: string): Locator {
    return this.matrix.locator(`tbody > tr[data-control="${controlId}"]`);
  }

  /** A matrix cell, found by its label ("edge-01 — AC-6: Fail"). */
  cell(row: Locator, cluster: string): Locator {
    return row.getByRole("img", { name: new RegExp(`^${cluster} — `) });
  }

  /** The cluster column headers (links to the cluster's framework view). */
  clusterHeaders(): Locator {
    return this.matrix.locator("thead tr").nth(1).getByRole("columnheader");
  }
}
