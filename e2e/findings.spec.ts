import { mkdirSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { ClusterFindingsPage } from "./pages/cluster-findings-page";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

// Registration → first scheduled collection (within a scheduler tick) → evaluation right after it.
const EVALUATION_TIMEOUT = 60_000;
const SCREENSHOTS = "test-results/screenshots";

interface FindingBody {
  checkId: string;
  status: string;
  rawStatus: string;
  subject: { kind: string; name?: string; namespace?: string };
}

async function findings(request: APIRequestContext, id: string, query = ""): Promise<FindingBody[]> {
  const response = await request.get(`/api/v1/clusters/${id}/findings${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: FindingBody[] }).items;
}

/** Waits until the cluster's first collection has been evaluated. */
async function waitForEvaluation(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/clusters/${id}/findings`);
        return ((await response.json()) as { evaluation: unknown }).evaluation !== null;
      },
      { timeout: EVALUATION_TIMEOUT, intervals: [1_000] },
    )
    .toBe(true);
}

test.describe("cluster findings", () => {
  test.describe("as an engineer", () => {
    test.use({ storageState: storageStatePath("engineer") });

    test("reads scores and failing findings first, opens one to its evidence and fix, and filters through the URL", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(150_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "findings-pier";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await waitForEvaluation(admin, id);
        const view = new ClusterFindingsPage(page);
        await view.goto(id, name);

        // Seven framework scores, each a number (or "no score") with pass, fail and unknown beside it.
        await expect(view.scoreTiles).toHaveCount(7);
        for (const tile of await view.scoreTiles.all()) {
          await expect(tile).toContainText(/(\d+ %|no score)/);
          await expect(tile).toContainText(/\d+ pass · \d+ fail · \d+ unknown/);
        }
        await expect(view.nodeView).toHaveAttribute("href", `/clusters/${id}/nodes`);
        await expect(view.rbacGraph).toHaveAttribute("href", `/clusters/${id}/rbac`);

        // Failing first, then unknown: the order the API gives, shown as it is.
        await expect(view.items.first()).toHaveAttribute("data-status", "FAIL");
        const statuses = await view.statuses();
        const lastFail = statuses.lastIndexOf("FAIL");
        expect(statuses.slice(0, lastFail + 1).every((status) => status === "FAIL")).toBe(true);
        expect(statuses.slice(lastFail + 1, lastFail + 3).every((status) => status === "UNKNOWN")).toBe(true);

        // A namespace finding of a seed check: message, subject, evidence, remediation, controls, "Waive…".
        const failing = (await findings(page.request, id, "?status=FAIL&check=seed.network-policies"))[0]!;
        expect(failing).toBeDefined();
        await view.check.selectOption("seed.network-policies");
        await expect(page).toHaveURL(/[?&]check=seed.network-policies/);
        await view.statusToggle("Fail").click();
        await expect(page).toHaveURL(/[?&]status=FAIL/);
        await expect.poll(async () => [...new Set(await view.statuses())]).toEqual(["FAIL"]);
        const item = view.items.filter({ hasText: `Namespace ${failing.subject.name}` });
        const body = await view.open(item);
        await expect(body.getByRole("table", { name: "Evidence" })).toBeVisible();
        await expect(body.getByRole("table", { name: "Evidence" }).locator("tbody tr").first()).toBeVisible();
        const fix = body.getByRole("figure").first();
        await expect(fix.locator("pre")).not.toBeEmpty();
        await expect(fix.getByRole("button", { name: /^Copy / })).toBeVisible();
        const controls = body.getByRole("list", { name: "Mapped controls" }).getByRole("listitem");
        expect(await controls.count()).toBeGreaterThan(0);
        await expect(controls.first()).toContainText(/Seed talk|Corrected|Proposed|Benchmark/);
        await expect(body.getByRole("link", { name: "Waive…" })).toHaveAttribute(
          "href",
          `/waivers?check=seed.network-policies&cluster=${id}&namespace=${failing.subject.name}&node=`,
        );

        // The filtered list is a deep link: a reload (or a colleague with the URL) sees the same list.
        await page.reload();
        await expect(view.check).toHaveValue("seed.network-policies");
        await expect(view.statusToggle("Fail")).toHaveAttribute("aria-pressed", "true");
        await expect.poll(async () => [...new Set(await view.statuses())]).toEqual(["FAIL"]);
        await view.framework.selectOption({ label: "NIST SP 800-53" });
        await expect(page).toHaveURL(/[?&]framework=nist-800-53/);
        await view.clearFilters.click();
        await expect(page).toHaveURL(new RegExp(`/clusters/${id}$`));

        mkdirSync(SCREENSHOTS, { recursive: true });
        await expect(view.items.first()).toHaveAttribute("data-status", "FAIL");
        await view.open(view.items.first());
        await page.setViewportSize({ width: 1440, height: 2000 });
        await view.scores.evaluate((element) => element.scrollIntoView({ block: "start" }));
        await page.screenshot({ path: `${SCREENSHOTS}/cluster-findings.png` });
        await page.emulateMedia({ colorScheme: "dark" });
        await page.screenshot({ path: `${SCREENSHOTS}/cluster-findings-dark.png` });
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });

    test("a waived failure shows as Waived with its underlying Fail and a way to the waiver register", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(150_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "findings-waived";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await waitForEvaluation(admin, id);
        const failing = (await findings(page.request, id, "?status=FAIL&check=seed.pod-security"))[0]!;
        expect(failing.subject.kind).toBe("namespace");
        const created = await page.request.post("/api/v1/waivers", {
          headers: { origin: baseURL! },
          data: {
            checkId: failing.checkId,
            clusterId: id,
            namespace: failing.subject.name,
            justification: "Logging agents need host paths until the Q2 rollout of the new collector.",
            expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
        });
        expect(created.status(), await created.text()).toBe(201);

        const view = new ClusterFindingsPage(page);
        await view.goto(id, name, "?status=WAIVED");
        await expect(view.statusToggle("Waived")).toHaveAttribute("aria-pressed", "true");
        const item = view.items.filter({ hasText: `Namespace ${failing.subject.name}` });
        await expect(item).toHaveAttribute("data-status", "WAIVED");
        await expect(item).toContainText("underlying result Fail");
        const body = await view.open(item);
        await expect(body).toContainText("Waived — the underlying result is still FAIL");
        await expect(body.getByRole("link", { name: "Open the waiver register" })).toHaveAttribute("href", "/waivers");
        // Already waived: nothing to waive again.
        await expect(body.getByRole("link", { name: "Waive…" })).toHaveCount(0);
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("reads findings and their fix, but is offered no waiver", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(150_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "findings-viewer";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await waitForEvaluation(admin, id);
        const view = new ClusterFindingsPage(page);
        await view.goto(id, name, "?status=FAIL");
        const body = await view.open(view.items.first());
        await expect(body.getByRole("table", { name: "Evidence" })).toBeVisible();
        await expect(page.getByRole("link", { name: "Waive…" })).toHaveCount(0);
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });

  test.describe("before and beside an evaluation", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("says when nothing is evaluated yet, and offers a retry when findings cannot be read", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "findings-states";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        // What the API answers for a cluster whose first collection has not been evaluated yet.
        await page.route(`**/api/v1/clusters/${id}/findings*`, (route) =>
          route.fulfill({ json: { evaluation: null, platform: null, items: [] } }),
        );
        const view = new ClusterFindingsPage(page);
        await view.goto(id, name);
        await expect(view.findings.getByRole("region", { name: "Not evaluated yet" })).toBeVisible();

        await page.unroute(`**/api/v1/clusters/${id}/findings*`);
        await page.route(`**/api/v1/clusters/${id}/findings*`, (route) =>
          route.fulfill({ status: 500, json: { error: { code: "internal", message: "Something went wrong." } } }),
        );
        await page.reload();
        const failure = view.findings.getByRole("alert");
        await expect(failure).toContainText("Findings could not be loaded");
        await page.unroute(`**/api/v1/clusters/${id}/findings*`);
        await waitForEvaluation(admin, id);
        await failure.getByRole("button", { name: "Try again" }).click();
        await expect(view.items.first()).toBeVisible();
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });
});
