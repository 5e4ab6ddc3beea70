import { expect, type Locator, type Page } from "@playwright/test";

/** Settings → Clusters → Add cluster: name and placement, kubeconfig and talosconfig by upload. */
export class AddClusterPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly environment: Locator;
  readonly site: Locator;
  readonly labels: Locator;
  readonly kubeconfigFile: Locator;
  readonly kubeconfigText: Locator;
  readonly kubeContext: Locator;
  readonly talosconfigFile: Locator;
  readonly talosContext: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Add cluster", exact: true });
    this.name = page.getByLabel("Name", { exact: true });
    this.environment = page.getByLabel("Environment", { exact: true });
    this.site = page.getByLabel(/^Site/);
    this.labels = page.getByLabel(/^Labels/);
    this.kubeconfigFile = page.getByLabel("Upload kubeconfig file", { exact: true });
    this.kubeconfigText = page.getByLabel("…or paste the kubeconfig", { exact: true });
    this.kubeContext = page.getByLabel("Kubernetes context", { exact: true });
    this.talosconfigFile = page.getByLabel("Upload talosconfig file", { exact: true });
    this.talosContext = page.getByLabel("Talos context", { exact: true });
    this.submit = page.getByRole("button", { name: "Add cluster", exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto("/settings/clusters/new");
    await expect(this.heading).toBeVisible();
  }

  async fillPlacement({
    name,
    environment,
    site,
    labels = {},
  }: {
    name: string;
    environment: string;
    site: string;
    labels?: Record<string, string>;
  }): Promise<void> {
    await this.name.fill(name);
    await this.environment.selectOption({ label: environment });
    await this.site.fill(site);
    await this.labels.fill(
      Object.entries(labels)
        .map(([key, value]) => `${key}=${value}`)
        .join("\n"),
    );
  }

  /** Uploads a kubeconfig through the file input; the badge naming the file confirms it was read. */
  async uploadKubeconfig(filePath: string): Promise<void> {
    await this.kubeconfigFile.setInputFiles(filePath);
    await expect(this.uploadedFile(filePath)).toBeVisible();
  }

  async uploadTalosconfig(filePath: string): Promise<void> {
    await this.talosconfigFile.setInputFiles(filePath);
    await expect(this.uploadedFile(filePath)).toBeVisible();
  }

  /** The field error under a credential input (role alert inside its fieldset). */
  credentialError(legend: "Kubeconfig" | "Talosconfig"): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^${legend}`) }).getByRole("alert");
  }

  private uploadedFile(filePath: string): Locator {
    const fileName = filePath.split("/").at(-1) ?? filePath;
    return this.page.getByText(new RegExp(`^${fileName.replace(/[.]/g, "\\.")} · `));
  }
}
