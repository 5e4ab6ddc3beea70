import { expect, type Locator, type Page } from "@playwright/test";

/** /trends: score and failing controls over time, with framework, scope and range pickers. */
export class TrendsPage {
  readonly heading: Locator;
  readonly framework: Locator;
  readonly scope: Locator;
  readonly scoreChart: Locator;
  readonly failingChart: Locator;
  readonly scoreLine: Locator;
  readonly catalogMarkers: Locator;
  readonly table: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Trends", exact: true });
    this.framework = page.getByLabel("Framework", { exact: true });
    this.scope = page.getByLabel("Scope", { exact: true });
    this.scoreChart = page.getByRole("figure", { name: /score over time$/ });
    this.failingChart = page.getByRole("figure", { name: /failing controls over time$/ });
    this.scoreLine = this.scoreChart.locator("path.recharts-line-curve");
    this.catalogMarkers = this.scoreChart.locator(".recharts-reference-line");
    this.table = page.getByRole("table", { name: / per day$/ });
    this.summary = page.getByLabel("Trend summary");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/trends${query}`);
    await expect(this.heading).toBeVisible();
  }

  range(label: string): Locator {
    return this.page.getByRole("group", { name: "Range" }).getByRole("button", { name: label, exact: true });
  }

  async showTable(): Promise<void> {
    await this.page.getByText("Show as table", { exact: true }).click();
    await expect(this.table).toBeVisible();
  }

  /** The table's rows (newest day first) as [day, score, failing]. */
  async tableRows(): Promise<string[][]> {
    return this.table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll("th, td")].slice(0, 3).map((cell) => cell.textContent ?? "")),
      );
  }
}
