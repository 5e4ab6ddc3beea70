import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { AddClusterPage } from "./pages/add-cluster-page";
import { ClusterDetailPage } from "./pages/cluster-detail-page";
import { ClustersPage } from "./pages/clusters-page";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { DECOY_CONTEXT } from "./support/simulated-cluster";

const DAY_MS = 86_400_000;
// The README's screenshot. Every run attaches it to the report; `LOTSE_E2E_SCREENSHOTS=1 npx
// playwright test cluster-registry` also writes it here (not by default: it changes on every run).
const SCREENSHOT = path.resolve("docs/screenshots/clusters.png");

test.use({ storageState: storageStatePath("admin") });

/** The expiry as the list words it, in the locale and time zone the config pins (en-US, UTC). */
function expectedExpiry(notAfter: Date): { label: string; date: string } {
  const days = Math.floor((notAfter.getTime() - Date.now()) / DAY_MS);
  const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(notAfter);
  return { label: `Expires in ${days} ${days === 1 ? "day" : "days"}`, date };
}

async function clusterNames(page: Page): Promise<string[]> {
  const response = await page.request.get("/api/v1/clusters");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { name: string }[] };
  return body.items.map((cluster) => cluster.name);
}

test.describe("cluster registry", () => {
  test("an admin adds a simulated Talos cluster by uploading its kubeconfig and talosconfig", async ({
    page,
    simulatedCluster: sim,
  }, testInfo) => {
    // A fresh database per run; the attempt number keeps a retry from meeting its own leftovers.
    const name = `north-pier-${String(1 + testInfo.retry + 10 * testInfo.repeatEachIndex).padStart(2, "0")}`;
    const expiry = expectedExpiry(sim.clientCertificateExpiresAt);
    const clusters = new ClustersPage(page);
    await clusters.goto();
    await clusters.addCluster.click();

    const add = new AddClusterPage(page);
    await expect(add.heading).toBeVisible();
    await add.fillPlacement({
      name,
      environment: "Edge",
      site: "North pier",
      labels: { owner: "port-ops", tier: "edge" },
    });
    await add.uploadKubeconfig(sim.kubeconfigPath);
    // The file has two contexts and the decoy is current: the picker offers both, preselects the decoy.
    await expect(add.kubeContext).toHaveValue(DECOY_CONTEXT);
    await add.kubeContext.selectOption(sim.simName);
    await add.uploadTalosconfig(sim.talosconfigPath);
    await expect(page.getByText(`Context: ${sim.simName} (the only one in the file)`)).toBeVisible();
    await add.submit.click();

    await expect(page).toHaveURL(/\/settings\/clusters\/[^/?]+\?created=1$/);
    const detail = new ClusterDetailPage(page);
    await expect(detail.heading(name)).toBeVisible();
    await expect(detail.createdNotice).toContainText(`valid until ${expiry.date}`);
    // Only the chosen context was kept: its API server, not the decoy's.
    await expect(detail.detail(detail.kubernetesCard, "API server")).toHaveText(sim.kubernetesServer);
    await expect(detail.detail(detail.kubernetesCard, "Context")).toHaveText(
      `${sim.simName} (file also had: ${DECOY_CONTEXT})`,
    );
    await expect(detail.detail(detail.talosCard, "Endpoints")).toHaveText(sim.talosEndpoint);
    await expect(detail.detail(detail.talosCard, "Roles")).toHaveText("os:reader");

    // Real TLS on both sides: Kubernetes /version over HTTPS, Talos Version over gRPC with mTLS.
    await expect(detail.connectionResult).toHaveCount(0);
    await detail.testConnection.click();
    await expect(detail.probe("Kubernetes")).toContainText("Reachable");
    await expect(detail.probe("Kubernetes")).toContainText(`Version v${sim.kubernetesVersion}`);
    await expect(detail.probe("Talos")).toContainText("Reachable");
    await expect(detail.probe("Talos")).toContainText(`Version ${sim.talosVersion}`);

    await clusters.goto();
    const row = clusters.row(name);
    await expect(row).toHaveCount(1);
    await expect(await clusters.cell(name, "Environment")).toHaveText("Edge");
    await expect(await clusters.cell(name, "Site")).toHaveText("North pier");
    await expect(await clusters.cell(name, "Labels")).toHaveText("owner=port-opstier=edge");
    await expect(await clusters.cell(name, "Endpoints")).toContainText(sim.kubernetesServer);
    await expect(await clusters.cell(name, "Endpoints")).toContainText("Talos API: 1 endpoint");
    const credentials = await clusters.cell(name, "Credentials");
    await expect(credentials).toContainText(expiry.label);
    await expect(credentials).toContainText(expiry.date);

    const screenshot = await page.screenshot({ fullPage: true });
    await testInfo.attach("clusters", { body: screenshot, contentType: "image/png" });
    if (process.env.LOTSE_E2E_SCREENSHOTS === "1") {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      writeFileSync(SCREENSHOT, screenshot);
    }

    await row.getByRole("link", { name, exact: true }).click();
    await expect(detail.heading(name)).toBeVisible();
    await detail.delete(name);
    await expect(page).toHaveURL(/\/settings\/clusters$/);
    await expect(clusters.row(name)).toHaveCount(0);
    expect(await clusterNames(page)).not.toContain(name);
  });

  test("a kubeconfig whose user runs an exec plugin is refused with the reason, and nothing is stored", async ({
    page,
    simulatedCluster: sim,
  }) => {
    const name = "exec-refused";
    const add = new AddClusterPage(page);
    await add.goto();
    await add.fillPlacement({ name, environment: "Cloud", site: "Region west" });
    await add.uploadKubeconfig(sim.execKubeconfigPath);
    await add.submit.click();

    await expect(add.credentialError("Kubeconfig")).toContainText(
      `The user "${sim.kubeUser}" uses an exec credential plugin, which would run commands on the Lotse server`,
    );
    await expect(page).toHaveURL(/\/settings\/clusters\/new$/);
    await expect(add.submit).toBeEnabled();
    expect(await clusterNames(page)).not.toContain(name);
  });
});
