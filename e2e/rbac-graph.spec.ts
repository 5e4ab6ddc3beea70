import { mkdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { startFleet, type Fleet } from "@/lib/sim/fleet";
import { parseScenario } from "@/lib/sim/scenario";
import { RbacGraphPage } from "./pages/rbac-graph-page";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

const SCREENSHOT = path.resolve("test-results/screenshots/rbac-graph.png");
// A new cluster is collected within a scheduler tick (15 s) plus the collection itself.
const RUN_TIMEOUT = 60_000;

// A drifted Talos cluster with the classic mistake (system:anonymous bound to `view`, "temporarily")
// and a CI service account holding a `*`/`*`/`*` ClusterRole.
const SCENARIO = `
name: e2e-rbac
seed: 5150
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2 }
clusters:
  - name: rbac-pier
    environment: edge
    site: north-pier
    profile: talos-drifted
    nodes: { controlPlanes: 1, workers: 1 }
    workloads: { namespaces: 2, deploymentsPerNamespace: 1, replicas: 1, cronJobsPerNamespace: 0 }
    posture: { anonymousBinding: true, wildcardRoles: 1 }
`;

async function registerCluster(request: APIRequestContext, baseURL: string, fleet: Fleet): Promise<string> {
  const cluster = fleet.manifest.clusters[0]!;
  const response = await request.post("/api/v1/clusters", {
    headers: { origin: baseURL },
    data: {
      name: "rbac-pier",
      environment: "edge",
      site: "North pier",
      kubeconfig: await readFile(cluster.kubernetes.kubeconfig, "utf8"),
      kubeContext: cluster.name,
      talosconfig: await readFile(cluster.talos!.talosconfig, "utf8"),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function waitForSnapshot(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/clusters/${id}/runs`);
        const { items } = (await response.json()) as { items: { status: string; snapshotHash: string | null }[] };
        return items.some((run) => run.snapshotHash !== null);
      },
      { timeout: RUN_TIMEOUT, intervals: [1_000] },
    )
    .toBe(true);
}

test.describe("RBAC graph", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("highlights a system:anonymous binding, filters by risk through the URL, and traces a binding from the table", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-rbac-"));
    const fleet = await startFleet({ scenario: parseScenario({ text: SCENARIO }), outDir });
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    let id: string | null = null;
    try {
      id = await registerCluster(admin, baseURL!, fleet);
      await waitForSnapshot(admin, id);

      const rbac = new RbacGraphPage(page);
      await rbac.goto(id);
      // The tile counts it, the graph flags the subject and its binding, and the link between them says why.
      await expect(rbac.tile("Anonymous")).toContainText("1 binding");
      const anonymous = rbac.node("User", "system:anonymous");
      await expect(anonymous).toBeVisible();
      await expect(anonymous).toContainText("Anonymous");
      const binding = rbac.node("ClusterRoleBinding", "legacy-healthcheck-anonymous");
      await expect(binding).toContainText("Anonymous");
      await expect(rbac.edgeLabels("anonymous")).toHaveCount(1);
      await expect(rbac.edgeLabels("anonymous")).toHaveText(/Anonymous/);
      // Kubernetes' own unauthenticated binding is marked as intended, not as a risk.
      await expect(rbac.node("ClusterRoleBinding", "system:public-info-viewer")).toContainText("Expected default");
      await expect(rbac.row("legacy-healthcheck-anonymous")).toContainText("system:anonymous");
      await expect(rbac.row("legacy-healthcheck-anonymous")).toContainText("Anonymous");
      await expect(rbac.row("ci-deployer")).toContainText("cluster-admin");

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      const screenshot = await page.screenshot({ fullPage: true, path: SCREENSHOT });
      await testInfo.attach("rbac-graph", { body: screenshot, contentType: "image/png" });

      // Only what anonymous requests reach; the filter is in the URL, so the view can be linked.
      await rbac.riskFilter.selectOption("anonymous");
      await expect(page).toHaveURL(/\?risk=anonymous$/);
      await expect(rbac.subjectsInGraph()).toHaveCount(1);
      await expect(anonymous).toBeVisible();
      await page.reload();
      await expect(rbac.riskFilter).toHaveValue("anonymous");
      await expect(rbac.subjectsInGraph()).toHaveCount(1);
      await expect(rbac.table.getByRole("rowheader")).toHaveCount(1);

      // Keyboard: choose the binding in the table; the graph selects and explains it.
      await rbac.clearFilters.click();
      await expect(page).toHaveURL(/\/rbac$/);
      await rbac.row("legacy-healthcheck-anonymous").getByRole("button").focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/focus=/);
      await expect(rbac.selection).toContainText("legacy-healthcheck-anonymous");
      await expect(rbac.selection).toContainText("Anonymous");

      await page.emulateMedia({ colorScheme: "dark" });
      await page.screenshot({ fullPage: true, path: SCREENSHOT.replace(/\.png$/, "-dark.png") });
    } finally {
      if (id) {
        const removed = await admin.delete(`/api/v1/clusters/${id}`, { headers: { origin: baseURL! } });
        expect(removed.status()).toBe(204);
      }
      await admin.dispose();
      await fleet.close();
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
