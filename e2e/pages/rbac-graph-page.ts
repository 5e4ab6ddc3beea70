import { expect, type Locator, type Page } from "@playwright/test";

/** /clusters/{id}/rbac: risk tiles, filters, the graph (React Flow) and the bindings table. */
export class RbacGraphPage {
  readonly heading: Locator;
  readonly tiles: Locator;
  readonly subjectSearch: Locator;
  readonly namespaceFilter: Locator;
  readonly riskFilter: Locator;
  readonly clearFilters: Locator;
  readonly graph: Locator;
  readonly table: Locator;
  readonly selection: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "RBAC graph", exact: true });
    this.tiles = page.getByRole("group", { name: "Risks in this graph" });
    this.subjectSearch = page.getByLabel("Subject", { exact: true });
    this.namespaceFilter = page.getByLabel("Namespace", { exact: true });
    this.riskFilter = page.getByLabel("Risk", { exact: true });
    this.clearFilters = page.getByRole("button", { name: "Clear filters", exact: true });
    this.graph = page.getByRole("region", { name: "Graph", exact: true });
    this.table = page.getByRole("table", { name: /^Bindings in the graph/ });
    this.selection = page.getByRole("region", { name: "Selected in the graph", exact: true });
    this.status = page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ bindings/ });
  }

  async goto(clusterId: string, search = ""): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}/rbac${search}`);
    await expect(this.heading).toBeVisible();
    await expect(this.graph.locator(".react-flow__node").first()).toBeVisible();
  }

  /** A risk tile by its label ("Anonymous access", "cluster-admin", …). */
  tile(label: string): Locator {
    return this.tiles.getByRole("button").filter({ hasText: label });
  }

  /** A node of the graph by its accessible name (`User system:anonymous, risks: anonymous`). */
  node(kind: string, name: string): Locator {
    return this.graph
      .locator(".react-flow__node")
      .and(this.page.getByLabel(new RegExp(`^${kind} ${escape(name)}(,|$)`)));
  }

  /** The label pill on a risky link into a binding, by the risk it names first. */
  edgeLabels(risk: string): Locator {
    return this.graph.locator(`.react-flow__edgelabel-renderer [data-risk="${risk}"]`);
  }

  /** The table row of a binding (its name is the row header). */
  row(binding: string): Locator {
    return this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader").getByRole("button", { name: binding, exact: true }) });
  }

  subjectsInGraph(): Locator {
    return this.graph.locator(".react-flow__node").filter({ has: this.page.locator("[data-column='subject']") });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
