import type { APIRequestContext, Page } from "@playwright/test";
import { ClusterCollectionPanel, FleetCollection } from "./pages/cluster-collection-panel";
import { storageStatePath, USERS } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { deleteCluster, seedCluster } from "./support/seed-cluster";

// Queue pick-up (the worker polls every second) plus reading both simulated APIs takes seconds, and
// a new cluster's first scheduled run starts within a scheduler tick (15 s).
const RUN_TIMEOUT = 45_000;
// No slot of this schedule falls inside a test, so no scheduled run joins in after the first one.
const YEARLY = "0 0 1 1 *";

interface RunBody {
  id: string;
  status: string;
  trigger: string;
  snapshotHash: string | null;
}

async function listRuns(request: APIRequestContext, id: string): Promise<RunBody[]> {
  const response = await request.get(`/api/v1/clusters/${id}/runs`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: RunBody[] }).items;
}

/** A new cluster is collected once right after registration (its latest slot has no run yet); wait for that run. */
async function waitForFirstRun(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(async () => (await listRuns(request, id)).map((run) => run.status).join(","), {
      timeout: RUN_TIMEOUT,
      intervals: [1_000],
    })
    .toMatch(/^(succeeded|partial|failed)$/);
}

async function setSchedule({
  request,
  baseURL,
  id,
  schedule,
}: {
  request: APIRequestContext;
  baseURL: string;
  id: string;
  schedule: string;
}): Promise<void> {
  const response = await request.patch(`/api/v1/clusters/${id}`, { headers: { origin: baseURL }, data: { schedule } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Sets a flag on the page's window; it survives until the page reloads or navigates. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).lotseCollectMark = true;
  });
}

async function isMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as Record<string, unknown>).lotseCollectMark === true);
}

test.describe("collecting a cluster", () => {
  test.describe("as an engineer", () => {
    test.use({ storageState: storageStatePath("engineer") });

    test("Collect now queues a run, the page follows it live to Succeeded, and the history lists it", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }, testInfo) => {
      test.setTimeout(150_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = `collect-pier-${String(1 + testInfo.retry + 10 * testInfo.repeatEachIndex).padStart(2, "0")}`;
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await setSchedule({ request: admin, baseURL: baseURL!, id, schedule: YEARLY });
        await waitForFirstRun(admin, id);
        const panel = new ClusterCollectionPanel(page);
        await panel.goto(id, name);
        // The header says what the first collection found: platform, versions, node count.
        await expect(panel.platform).toHaveText(
          `Talos Linux · Kubernetes v${simulatedCluster.kubernetesVersion.replace(/^v/, "")} · Talos ${simulatedCluster.talosVersion} · 2 nodes`,
        );
        await expect(panel.historyRows()).toHaveCount(1);
        await expect(panel.run).toHaveCount(0);

        // The statuses the page reads while it follows the run, in order.
        const seen: string[] = [];
        page.on("response", (response) => {
          if (!/\/api\/v1\/runs\/[^/]+$/.test(new URL(response.url()).pathname) || !response.ok()) return;
          void response
            .json()
            .then((body: RunBody) => seen.push(body.status))
            .catch(() => {});
        });
        await markPage(page);
        const [collect] = await Promise.all([
          page.waitForResponse(
            (response) =>
              response.request().method() === "POST" && response.url().endsWith(`/api/v1/clusters/${id}/collect`),
          ),
          panel.collectNow.click(),
        ]);
        expect(collect.status()).toBe(202);
        const request = (await collect.json()) as { runId: string; joined: boolean };
        expect(request.joined).toBe(false);

        await expect(panel.run).toBeVisible();
        await expect(panel.runStatus("Succeeded")).toBeVisible({ timeout: RUN_TIMEOUT });
        await expect(panel.runHeadline).toHaveText(/^Succeeded in \d/);
        // Both phases ran, and the node bar reached the simulated cluster's two nodes.
        await expect(panel.phase("Kubernetes API")).toContainText("done in");
        await expect(panel.phase("Talos API")).toContainText("done in");
        await expect(panel.nodeProgress).toHaveJSProperty("max", 2);
        await expect(panel.nodeProgress).toHaveJSProperty("value", 2);
        await expect(panel.joinedNotice).toHaveCount(0);
        await expect(panel.collectNow).toHaveText("Collect now");
        // Live: the page re-read the run until it was final, without a reload.
        expect(await isMarked(page)).toBe(true);
        await expect.poll(() => seen.at(-1)).toBe("succeeded");
        expect(seen.join(" ")).toMatch(/^((queued|running) )*succeeded( succeeded)*$/);
        await testInfo.attach("run statuses the page saw", { body: seen.join("\n"), contentType: "text/plain" });
        await expect(panel.freshness).toHaveText("Fresh — just now");

        const [latest, previous] = await listRuns(page.request, id);
        expect(latest).toMatchObject({ id: request.runId, status: "succeeded", trigger: "manual" });
        const hash = latest?.snapshotHash ?? "";
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        const rows = panel.historyRows();
        await expect(rows).toHaveCount(2);
        const row = rows.first();
        await expect(await panel.historyCell(row, "Status")).toHaveText("Succeeded");
        await expect(await panel.historyCell(row, "Trigger")).toHaveText("Collect now");
        await expect(await panel.historyCell(row, "Requested by")).toHaveText(USERS.engineer.email);
        await expect(await panel.historyCell(row, "Errors")).toHaveText("0");
        // Nothing changed in the simulated cluster in between: the same snapshot, said so.
        await expect(await panel.historyCell(row, "Snapshot")).toHaveText(
          previous?.snapshotHash === hash ? `${hash.slice(0, 12)} unchanged` : hash.slice(0, 12),
        );
        await expect(await panel.historyCell(rows.nth(1), "Trigger")).toHaveText("Schedule");

        // The list shows the same freshness; "Collect all" queues one run per cluster and counts them down.
        const fleet = new FleetCollection(page);
        await fleet.goto();
        await expect(fleet.collection(name)).toHaveText("Fresh — just now");
        await fleet.collectAll.click();
        await expect(fleet.summary).toHaveText(/^\d+ collections? queued/);
        await expect(fleet.summary).toContainText("all finished", { timeout: RUN_TIMEOUT });
        await expect(fleet.collection(name)).toHaveText("Fresh — just now");
        expect((await listRuns(page.request, id))[0]).toMatchObject({ trigger: "fleet", status: "succeeded" });
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });

  test.describe("as an admin", () => {
    test.use({ storageState: storageStatePath("admin") });

    test("changes the schedule in place; an expression the server refuses is explained next to the field", async ({
      page,
      request,
      baseURL,
      simulatedCluster,
    }) => {
      const name = "collect-schedule";
      const id = await seedCluster({ request, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        const panel = new ClusterCollectionPanel(page);
        await panel.goto(id, name);
        await expect(panel.schedule).toContainText("0 * * * * · hourly (UTC)");
        await panel.changeSchedule.click();
        await expect(panel.scheduleInput).toBeFocused();

        await panel.scheduleInput.fill("every hour");
        await panel.saveSchedule.click();
        await expect(panel.scheduleInput).toHaveAttribute("aria-invalid", "true");
        await expect(panel.scheduleInput).toHaveAccessibleDescription(/must be a 5-field cron expression/);

        await panel.scheduleInput.fill("*/15 * * * *");
        await expect(panel.scheduleInput).toHaveAccessibleDescription(/Reads as: every 15 minutes \(UTC\)/);
        await panel.saveSchedule.click();
        await expect(panel.scheduleInput).toHaveCount(0);
        await expect(panel.schedule).toContainText("*/15 * * * * · every 15 minutes (UTC)");
        await expect(panel.schedule).toContainText("Schedule saved.");
        const response = await request.get(`/api/v1/clusters/${id}`);
        expect(((await response.json()) as { schedule: string }).schedule).toBe("*/15 * * * *");
      } finally {
        await deleteCluster({ request, baseURL: baseURL!, id });
      }
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("sees freshness and the run history, but no way to start a collection", async ({
      page,
      playwright,
      baseURL,
      simulatedCluster,
    }) => {
      test.setTimeout(120_000);
      const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
      const name = "collect-viewer";
      const id = await seedCluster({ request: admin, baseURL: baseURL!, sim: simulatedCluster, name });
      try {
        await waitForFirstRun(admin, id);
        const panel = new ClusterCollectionPanel(page);
        await panel.goto(id, name);
        await expect(panel.freshness).toHaveText(/^Fresh — /);
        await expect(panel.historyRows()).toHaveCount(1);
        await expect(await panel.historyCell(panel.historyRows().first(), "Trigger")).toHaveText("Schedule");
        await expect(page.getByRole("button", { name: /Collect now|Collect all/ })).toHaveCount(0);
        await expect(panel.changeSchedule).toHaveCount(0);

        const fleet = new FleetCollection(page);
        await fleet.goto();
        await expect(fleet.collection(name)).toHaveText(/^Fresh — /);
        await expect(fleet.collectAll).toHaveCount(0);

        // The server refuses it too (same origin, so the refusal is the role's).
        const refused = await page.request.post(`/api/v1/clusters/${id}/collect`, { headers: { origin: baseURL! } });
        expect(refused.status()).toBe(403);
      } finally {
        await deleteCluster({ request: admin, baseURL: baseURL!, id });
        await admin.dispose();
      }
    });
  });
});
