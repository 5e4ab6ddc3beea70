import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** /evidence: scope form, preview, "Generate pack" with its progress, past packs, and the signing key. */
export class EvidencePage {
  readonly heading: Locator;
  readonly scope: Locator;
  readonly packPanel: Locator;
  readonly generateButton: Locator;
  readonly newPack: Locator;
  readonly packs: Locator;
  readonly fingerprint: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Evidence", exact: true });
    this.scope = page.getByRole("group", { name: "Scope", exact: true });
    this.packPanel = page.getByRole("region", { name: "Pack", exact: true });
    this.generateButton = page.getByRole("button", { name: "Generate pack" });
    this.newPack = page.getByRole("region", { name: "New pack" });
    this.packs = page.getByRole("table", { name: "Evidence packs" });
    this.fingerprint = page.locator("[data-fingerprint]");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/evidence${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** Ticks a framework; the form lives in the URL, so the box shows ticked once the URL has it. */
  async chooseFramework(name: string): Promise<void> {
    const box = this.framework(name);
    await box.click();
    await expect(box).toBeChecked();
  }

  framework(name: string): Locator {
    return this.scope
      .getByRole("group", { name: "Frameworks" })
      .getByRole("checkbox", { name: new RegExp(`^${name}`) });
  }

  clusterMode(label: "Whole fleet" | "One environment" | "One site" | "Clusters with a label" | "Chosen clusters") {
    return this.scope.getByRole("radio", { name: label, exact: true });
  }

  /** A preview figure's value, by its label ("clusters", "findings", …). */
  figure(label: string): Locator {
    return this.packPanel.locator(`[data-figure="${label}"] dd`);
  }

  /** Clicks "Generate pack", waits until the pack is ready, and downloads it. */
  async generateAndDownload(): Promise<Download> {
    await this.generateButton.click();
    await expect(this.newPack).toHaveAttribute("data-status", "ready", { timeout: 120_000 });
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.newPack.getByRole("link", { name: "Download pack" }).click(),
    ]);
    return download;
  }

  /** The full manifest hash of the new pack, as the page holds it behind the shortened text. */
  async newPackHash(): Promise<string> {
    return (await this.newPack.locator("code").getAttribute("title")) ?? "";
  }

  packRow(id: string): Locator {
    return this.packs.locator(`tbody > tr[data-pack="${id}"]`);
  }
}
