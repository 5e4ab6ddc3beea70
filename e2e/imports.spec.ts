import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { parseScenario } from "@/lib/sim/scenario";
import {
  buildKubeadmKubeBenchReport,
  buildTalosKubeBenchReport,
} from "@/lib/server/imports/testing/build-kube-bench-report";
import { ClusterFrameworkPage } from "./pages/framework-page";
import { ScannerImportsPanel } from "./pages/scanner-imports-panel";
import { startDemoFleet, type DemoFleet } from "./support/demo-fleet";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

const SCREENSHOTS = "test-results/screenshots";

// One kubeadm and one Talos cluster: kube-bench's node file checks fill the kubeadm cluster's CIS
// view; on Talos its architectural false positives are shown as such and Lotse's verdicts stand.
const SCENARIO = `
name: e2e-imports
seed: 4711
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2, nodes: { controlPlanes: 1, workers: 1 } }
clusters:
  - { name: imports-kubeadm, environment: cloud, site: eu-1, profile: kubeadm-default }
  - { name: imports-talos, environment: edge, site: north-pier, profile: talos-hardened }
`;

test.describe("scanner imports", () => {
  let admin: APIRequestContext;
  let fleet: DemoFleet;
  let work: string;
  let ids: Map<string, string>;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(240_000);
    admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    fleet = await startDemoFleet({ request: admin, baseURL: baseURL!, scenario: parseScenario({ text: SCENARIO }) });
    ids = fleet.ids;
    work = fleet.outDir;
    await writeFile(path.join(work, "kube-bench-kubeadm.json"), JSON.stringify(buildKubeadmKubeBenchReport()));
    await writeFile(path.join(work, "kube-bench-talos.json"), JSON.stringify(buildTalosKubeBenchReport()));
    await writeFile(path.join(work, "notes.txt"), "kube-bench ran fine, all green");
  });

  test.afterAll(async () => {
    await fleet?.stop();
    await admin?.dispose();
  });

  test.describe("as an engineer", () => {
    test.use({ storageState: storageStatePath("engineer") });

    test("a kube-bench file from a kubeadm cluster adds the node file checks to its CIS view", async ({ page }) => {
      test.setTimeout(90_000);
      const id = ids.get("imports-kubeadm")!;
      const cis = new ClusterFrameworkPage(page);
      await cis.goto(id, "cis-k8s");
      await expect(cis.rowStatus(cis.row("1.1.1"))).toContainText("Unknown");

      const panel = new ScannerImportsPanel(page);
      await panel.goto(id);
      await panel.upload({ path: path.join(work, "notes.txt") });
      await expect(panel.error).toContainText("not JSON");
      await expect(panel.rows).toHaveCount(0);

      await panel.upload({ path: path.join(work, "kube-bench-kubeadm.json"), node: "imports-kubeadm-cp-01" });
      await expect(panel.rows).toHaveCount(1);
      await expect(panel.rows.first()).toContainText("kube-bench · cis-1.10 · node imports-kubeadm-cp-01");
      await expect(panel.rows.first()).toContainText("83 results");
      await expect(panel.rows.first()).toContainText("engineer@e2e.lotse.test");
      await panel.root.screenshot({ path: `${SCREENSHOTS}/imports-panel.png` });

      await cis.goto(id, "cis-k8s");
      await expect(cis.rowStatus(cis.row("1.1.1"))).toContainText("Pass");
      await expect(cis.rowStatus(cis.row("4.1.9"))).toContainText("Fail");
      await expect(cis.row("4.1.9").getByRole("list", { name: "Imported scanner results" })).toContainText(
        "kube-bench 4.1.9: FAIL on imports-kubeadm-cp-01 · counts",
      );
    });

    test("a kube-bench file from a Talos cluster shows its architectural false positives as such", async ({ page }) => {
      test.setTimeout(90_000);
      const id = ids.get("imports-talos")!;
      const cis = new ClusterFrameworkPage(page);
      await cis.goto(id, "cis-k8s");
      const before = await cis.rowStatus(cis.row("1.2.7")).innerText();

      const panel = new ScannerImportsPanel(page);
      await panel.goto(id);
      await panel.upload({ path: path.join(work, "kube-bench-talos.json") });
      await expect(panel.rows.first()).toContainText("kube-bench · cis-1.10");

      await cis.goto(id, "cis-k8s");
      const notes = cis.row("1.2.7").getByRole("list", { name: "Imported scanner results" });
      await expect(notes).toContainText("kube-bench 1.2.7: FAIL · false positive");
      await expect(notes).toContainText("--authorization-config");
      await expect(cis.rowStatus(cis.row("1.2.7"))).toHaveText(before);
      await expect(cis.controls.locator('li[data-disposition="false-positive"]')).toHaveCount(31);
      await cis.row("1.1.1").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/imports.png`, fullPage: false });
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("sees the imports but no upload", async ({ page }) => {
      const panel = new ScannerImportsPanel(page);
      await panel.goto(ids.get("imports-kubeadm")!);
      await expect(panel.table).toBeVisible();
      await expect(panel.file).toHaveCount(0);
    });
  });
});
