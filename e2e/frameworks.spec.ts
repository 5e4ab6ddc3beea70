import { mkdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { startFleet } from "@/lib/sim/fleet";
import { parseScenario } from "@/lib/sim/scenario";
import { ClusterFindingsPage } from "./pages/cluster-findings-page";
import { ClusterFrameworkPage, FleetFrameworkPage } from "./pages/framework-page";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

const EVALUATION_TIMEOUT = 60_000;
const SCREENSHOTS = "test-results/screenshots";

interface ControlBody {
  id: string;
  status: string;
  checks: { checkId: string; provenance: string }[];
}

async function waitForEvaluation(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/clusters/${id}/findings?status=PASS`);
        return ((await response.json()) as { evaluation: unknown }).evaluation !== null;
      },
      { timeout: EVALUATION_TIMEOUT, intervals: [1_000] },
    )
    .toBe(true);
}

// Three kinds of cluster for the fleet matrix: hardened and drifted Talos, default kubeadm.
const FLEET_SCENARIO = `
name: e2e-frameworks
seed: 4711
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2, nodes: { controlPlanes: 1, workers: 1 } }
clusters:
  - { name: sim-hardened, environment: edge, site: north-pier, profile: talos-hardened }
  - { name: sim-drifted, environment: on-prem, site: lab, profile: talos-drifted }
  - { name: sim-kubeadm, environment: cloud, site: eu-1, profile: kubeadm-default }
`;

/** 30 clusters, as the seed talk's team runs: 12 edge, 10 on-prem, 8 cloud, over the three simulated ones. */
const FLEET = [
  ...Array.from({ length: 12 }, (_, index) => ({
    name: `edge-${String(index + 1).padStart(2, "0")}`,
    environment: "edge",
    sim: index % 4 === 3 ? "sim-drifted" : "sim-hardened",
  })),
  ...Array.from({ length: 10 }, (_, index) => ({
    name: `prem-${String(index + 1).padStart(2, "0")}`,
    environment: "on-prem",
    sim: index % 2 ? "sim-hardened" : "sim-drifted",
  })),
  ...Array.from({ length: 8 }, (_, index) => ({
    name: `cloud-${String(index + 1).padStart(2, "0")}`,
    environment: "cloud",
    sim: "sim-kubeadm",
  })),
];

test.describe("framework views", () => {
  test.describe("one cluster, as an auditor", () => {
    test.use({ storageState: storageStatePath("auditor") });

    test("opens a framework from the cluster page and reads it control by control, filtered through the URL", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(150_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "framework-pier";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await waitForEvaluation(admin, id);
        const answer = await page.request.get(`/api/v1/clusters/${id}/frameworks/nist-800-53`);
        const api = (await answer.json()) as { controls: ControlBody[]; counts: { fail: number } };

        const clusterPage = new ClusterFindingsPage(page);
        await clusterPage.goto(id, name);
        await clusterPage.scoreTile("NIST SP 800-53").getByRole("link").click();
        await expect(page).toHaveURL(new RegExp(`/clusters/${id}/frameworks/nist-800-53$`));
        const framework = new ClusterFrameworkPage(page);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`NIST SP 800-53 on ${name}`);
        await expect(framework.rows).toHaveCount(api.controls.length);

        // Every control as the API scores it, each mapped check with its provenance.
        for (const control of api.controls) {
          const row = framework.row(control.id);
          await expect(row.getByRole("cell").first()).toHaveText(
            {
              FAIL: "Fail",
              PASS: "Pass",
              UNKNOWN: "Unknown",
              WARN: "Warn",
              WAIVED: "Waived",
              NOT_APPLICABLE: "N/A",
              UNASSESSED: "Unassessed",
            }[control.status]!,
          );
          for (const check of control.checks) {
            const line = row.getByRole("listitem").filter({ hasText: check.checkId });
            await expect(line).toContainText(
              { "seed-talk": "Seed talk", corrected: "Corrected", proposed: "Proposed", benchmark: "Benchmark" }[
                check.provenance
              ]!,
            );
          }
        }

        const failing = api.controls.filter((control) => control.status === "FAIL");
        if (failing.length) {
          await framework.filters.status("Fail").click();
          await expect(page).toHaveURL(/[?&]status=FAIL/);
          await expect(framework.rows).toHaveCount(failing.length);
        }
        await framework.filters.status("All").click();
        await framework.filters.search.fill("ac6");
        await expect(page).toHaveURL(/[?&]q=ac6/);
        await expect(framework.rows.first()).toHaveAttribute("data-control", /^AC-6/);
        await page.reload();
        await expect(framework.filters.search).toHaveValue("ac6");
        await expect(framework.rows.first()).toHaveAttribute("data-control", /^AC-6/);
        await expect(framework.filters.count).toHaveText(/^\d+ of \d+ controls$/);

        await framework.goto(id, "nist-800-53");
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.setViewportSize({ width: 1440, height: 1300 });
        await page.screenshot({ path: `${SCREENSHOTS}/cluster-framework.png` });

        // A framework that does not exist is the not-found page, not an empty view.
        await page.goto(`/clusters/${id}/frameworks/hipaa`);
        await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });

  test.describe("the fleet, as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("lists the seven frameworks and shows one as a controls × clusters matrix readable at 30 clusters", async ({
      page,
      playwright,
      baseURL,
    }) => {
      test.setTimeout(300_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-frameworks-"));
      const sims = await startFleet({ scenario: parseScenario({ text: FLEET_SCENARIO }), outDir });
      const ids: string[] = [];
      try {
        const bySim = new Map(sims.manifest.clusters.map((cluster) => [cluster.name, cluster]));
        for (const cluster of FLEET) {
          const sim = bySim.get(cluster.sim)!;
          const response = await admin.post("/api/v1/clusters", {
            headers: { origin: baseURL! },
            data: {
              name: cluster.name,
              environment: cluster.environment,
              site: sim.site,
              kubeconfig: await readFile(sim.kubernetes.kubeconfig, "utf8"),
              kubeContext: sim.name,
              ...(sim.talos ? { talosconfig: await readFile(sim.talos.talosconfig, "utf8") } : {}),
            },
          });
          expect(response.status(), await response.text()).toBe(201);
          ids.push(((await response.json()) as { id: string }).id);
        }
        await expect
          .poll(
            async () => {
              const list = await page.request.get("/api/v1/frameworks");
              return ((await list.json()) as { frameworks: { clusters: { evaluated: number } }[] }).frameworks[0]
                ?.clusters.evaluated;
            },
            { timeout: 180_000, intervals: [2_000] },
          )
          .toBe(FLEET.length);

        const fleet = new FleetFrameworkPage(page);
        await fleet.gotoList();
        await expect(fleet.list.locator("tbody > tr")).toHaveCount(7);
        const nist = fleet.listRow("nist-800-53");
        await expect(nist).toContainText(/\d+ %|no score/);
        await expect(nist).toContainText(/of 30/);

        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOTS}/fleet-frameworks-list.png` });
        await nist.getByRole("link", { name: "NIST SP 800-53" }).click();
        await expect(page).toHaveURL(/\/frameworks\/nist-800-53$/);
        await expect(fleet.matrix).toBeVisible();
        await expect(fleet.clusterHeaders()).toHaveCount(30);
        await expect(fleet.legend).toBeVisible();
        const api = (await (await page.request.get("/api/v1/frameworks/nist-800-53")).json()) as {
          controls: { id: string; clusterCounts: Record<string, number> }[];
        };
        await expect(fleet.matrixRows).toHaveCount(api.controls.length);
        for (const control of api.controls) {
          const row = fleet.matrixRow(control.id);
          // Every cell says its status in words, never by colour alone.
          await expect(row.getByRole("img")).toHaveCount(30);
          await expect(
            row.getByRole("img", { name: /: (Fail|Unknown|Warn|Waived|Pass|N\/A|Unassessed|Not evaluated)/ }),
          ).toHaveCount(30);
          await expect(row.getByRole("img", { name: /: Fail/ })).toHaveCount(control.clusterCounts.FAIL ?? 0);
          await expect(row.getByRole("cell").first()).toContainText(String(control.clusterCounts.FAIL ?? 0));
        }

        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.setViewportSize({ width: 1440, height: 1100 });
        await page.screenshot({ path: `${SCREENSHOTS}/fleet-framework.png` });
        await page.emulateMedia({ colorScheme: "dark" });
        await page.screenshot({ path: `${SCREENSHOTS}/fleet-framework-dark.png` });
        await page.emulateMedia({ colorScheme: "light" });

        await fleet.environment.selectOption({ label: "Edge" });
        await expect(page).toHaveURL(/[?&]environment=edge/);
        await expect(fleet.clusterHeaders()).toHaveCount(12);
        await fleet.filters.status("Fail").click();
        await expect(page).toHaveURL(/[?&]status=FAIL/);
        for (const row of await fleet.matrixRows.all()) await expect(row.getByRole("rowheader")).toContainText("Fail");
        await page.reload();
        await expect(fleet.environment).toHaveValue("edge");
        await expect(fleet.clusterHeaders()).toHaveCount(12);
      } finally {
        for (const id of ids) await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await sims.close();
        await rm(outDir, { recursive: true, force: true });
        await admin.dispose();
      }
    });
  });
});
