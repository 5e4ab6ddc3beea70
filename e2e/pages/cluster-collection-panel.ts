import { expect, type Locator, type Page } from "@playwright/test";

/** /clusters/{id} → Collection: freshness, "Collect now", the followed run, the schedule and the run history. */
export class ClusterCollectionPanel {
  readonly panel: Locator;
  /** The header line with platform and versions from the latest snapshot. */
  readonly platform: Locator;
  readonly collectNow: Locator;
  readonly freshness: Locator;
  /** The run started (or joined) from this page, followed live. */
  readonly run: Locator;
  readonly runHeadline: Locator;
  readonly joinedNotice: Locator;
  readonly nodeProgress: Locator;
  readonly phases: Locator;
  readonly history: Locator;
  readonly historyTable: Locator;
  readonly emptyHistory: Locator;
  readonly changeSchedule: Locator;
  readonly scheduleInput: Locator;
  readonly saveSchedule: Locator;
  /** The schedule as shown ("0 * * * * · hourly (UTC)"), with "Change schedule" for admins. */
  readonly schedule: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: "Collection", exact: true });
    this.platform = page.getByTestId("cluster-platform");
    this.collectNow = this.panel.getByRole("button", { name: /^(Collect now|Collecting…)$/ });
    this.freshness = this.panel.locator("dt", { hasText: /^Freshness$/ }).locator("xpath=following-sibling::dd[1]");
    this.run = this.panel.getByRole("region", { name: "Latest collection", exact: true });
    this.runHeadline = this.run.getByRole("status");
    this.joinedNotice = this.panel.getByText("A collection was already running; following it.", { exact: true });
    this.nodeProgress = this.run.getByRole("progressbar", { name: "Talos nodes read", exact: true });
    this.phases = this.run.getByRole("list", { name: "Phases", exact: true });
    this.history = page.getByRole("region", { name: "Run history", exact: true });
    this.historyTable = this.history.getByRole("table", { name: "Run history", exact: true });
    this.emptyHistory = this.history.getByText("No collection has run yet.", { exact: true });
    this.changeSchedule = this.panel.getByRole("button", { name: "Change schedule", exact: true });
    this.scheduleInput = this.panel.getByLabel("Collection schedule (cron, UTC)", { exact: true });
    this.saveSchedule = this.panel.getByRole("button", { name: "Save schedule", exact: true });
    this.schedule = this.panel.locator("dt", { hasText: /^Schedule$/ }).locator("xpath=following-sibling::dd[1]");
  }

  async goto(id: string, name: string): Promise<void> {
    await this.page.goto(`/clusters/${id}`);
    await expect(this.page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
    await expect(this.panel).toBeVisible();
  }

  /** The status pill of the followed run ("Queued", "Running", "Succeeded", …). */
  runStatus(status: string): Locator {
    return this.run.getByText(status, { exact: true });
  }

  /** One phase of the followed run ("Kubernetes API", "Talos API") with its state in words. */
  phase(name: "Kubernetes API" | "Talos API"): Locator {
    return this.phases.getByRole("listitem").filter({ hasText: name });
  }

  historyRows(): Locator {
    // The first row is the header row.
    return this.historyTable.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  /** The cell under a column header of a history row. */
  async historyCell(row: Locator, column: string): Promise<Locator> {
    const headers = await this.historyTable.getByRole("columnheader").allInnerTexts();
    const index = headers.findIndex((header) => header.trim().toLowerCase() === column.toLowerCase());
    if (index < 0) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
    return row.getByRole("cell").nth(index);
  }
}

/** /clusters: the Collection column and "Collect all". */
export class FleetCollection {
  readonly heading: Locator;
  readonly table: Locator;
  readonly collectAll: Locator;
  /** The summary "Collect all" leaves next to the button ("1 collection queued · all finished."). */
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Clusters", exact: true });
    this.table = page.getByRole("table", { name: "Registered clusters" });
    this.collectAll = page.getByRole("button", { name: /^(Collect all|Queuing…)$/ });
    this.summary = page.getByRole("status").filter({ hasText: /queued/ });
  }

  async goto(): Promise<void> {
    await this.page.goto("/clusters");
    await expect(this.heading).toBeVisible();
  }

  /** A cluster's Collection cell (freshness, and what its latest run is doing). */
  collection(name: string): Locator {
    const row = this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
    // The Collection column comes right after the name (the row header).
    return row.getByRole("cell").first();
  }
}
