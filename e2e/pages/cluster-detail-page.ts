import { expect, type Locator, type Page } from "@playwright/test";

/** Settings → Clusters → one cluster: credential metadata, connection test, delete. */
export class ClusterDetailPage {
  readonly createdNotice: Locator;
  readonly testConnection: Locator;
  readonly connectionResult: Locator;
  readonly kubernetesCard: Locator;
  readonly talosCard: Locator;
  readonly deleteCluster: Locator;

  constructor(readonly page: Page) {
    this.createdNotice = page.getByRole("status").filter({ hasText: /^Cluster .+ registered/ });
    this.testConnection = page.getByRole("button", { name: "Test connection", exact: true });
    this.connectionResult = page.getByRole("table", { name: "Connection test result" });
    this.kubernetesCard = page.getByRole("region", { name: "Kubernetes API", exact: true });
    this.talosCard = page.getByRole("region", { name: "Talos API", exact: true });
    this.deleteCluster = page.getByRole("button", { name: "Delete cluster…", exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { level: 1, name, exact: true });
  }

  /** A value of the term/description list in a credential card, by its term. */
  detail(card: Locator, term: string): Locator {
    return card.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  /** One API's row of the connection test result ("Kubernetes" or "Talos"). */
  probe(api: "Kubernetes" | "Talos"): Locator {
    return this.connectionResult
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: api, exact: true }) });
  }

  /** Deletes through the confirmation dialog, typing the name as asked. */
  async delete(name: string): Promise<void> {
    await this.deleteCluster.click();
    const dialog = this.page.getByRole("dialog", { name: `Delete ${name}?` });
    await expect(dialog).toBeVisible();
    const confirm = dialog.getByRole("button", { name: "Delete cluster", exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await confirm.click();
    await expect(dialog).toBeHidden();
  }
}
