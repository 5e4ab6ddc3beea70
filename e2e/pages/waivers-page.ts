import { expect, type Locator, type Page } from "@playwright/test";

/** /waivers: the register of accepted risks, its filter, and (engineers, admins) the form to accept one. */
export class WaiversPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Waivers", exact: true });
    this.form = page.getByRole("form", { name: "Accept a risk" });
    this.table = page.getByRole("table", { name: "Waivers" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/waivers");
    await expect(this.heading).toBeVisible();
  }

  async acceptRisk({
    checkId,
    cluster,
    namespace,
    justification,
    expires,
  }: {
    checkId: string;
    cluster: string;
    namespace?: string;
    justification: string;
    expires: string;
  }): Promise<void> {
    const check = this.form.getByLabel("Check", { exact: true });
    const value = await check.locator("option", { hasText: `${checkId} — ` }).getAttribute("value");
    await check.selectOption(value!);
    await this.form.getByLabel("Cluster", { exact: true }).selectOption({ label: cluster });
    if (namespace) await this.form.getByLabel(/^Namespace/).fill(namespace);
    await this.form.getByLabel("Expires", { exact: true }).fill(expires);
    await this.form.getByLabel("Justification", { exact: true }).fill(justification);
    await this.form.getByRole("button", { name: "Accept risk" }).click();
  }

  show(filter: "In force" | "Expired" | "Revoked" | "All"): Promise<void> {
    return this.page.getByRole("group", { name: "Show waivers" }).getByRole("button", { name: filter }).click();
  }

  row(checkId: string): Locator {
    return this.table.getByRole("row").filter({ hasText: checkId });
  }
}
