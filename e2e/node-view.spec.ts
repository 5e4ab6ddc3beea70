import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { NodeDetailPage, NodeListPage } from "./pages/node-view-page";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { deleteCluster } from "./support/seed-cluster";
import {
  registerAndCollect,
  startSimulatedTalosProfile,
  type SimulatedTalosProfile,
} from "./support/simulated-talos-profile";

const SCREENSHOTS = path.resolve("test-results/screenshots");
const SCREENSHOT_WIDTH = 1440;

test.use({ storageState: storageStatePath("engineer") });

test.describe("node view", () => {
  let sim: SimulatedTalosProfile;

  test.beforeAll(async () => {
    // A drifted Talos cluster (kptr_restrict=1 and bpf_jit_harden=1 on every node, Secure Boot
    // off) where one worker was also hot-fixed by hand: ptrace_scope=1 on w-02 only.
    sim = await startSimulatedTalosProfile({
      name: "e2e-drift",
      profile: "talos-drifted",
      nodes: { controlPlanes: 1, workers: 2 },
      nodeSysctls: { "w-02": { "kernel.yama.ptrace_scope": "1" } },
    });
  });

  test.afterAll(async () => {
    await sim?.stop();
  });

  test("an engineer finds the node that drifted from its peers and sees its overridden sysctl highlighted", async ({
    page,
    playwright,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    const name = `drift-pier-${String(1 + testInfo.retry + 10 * testInfo.repeatEachIndex).padStart(2, "0")}`;
    const id = await registerAndCollect({ request: admin, baseURL: baseURL!, sim, name });
    const odd = sim.nodeName("w-02");
    try {
      const list = new NodeListPage(page);
      await list.goto(id);
      await expect(list.nodeRows()).toHaveCount(3);
      await expect(list.summary).toContainText("node differs from its peers");
      // The compare view marks the one node that differs, in colour and in words.
      const differing = await list.compareCell("kernel.yama.ptrace_scope", odd);
      await expect(differing).toHaveAttribute("data-standing", "differs");
      await expect(differing).toContainText("differs");
      await expect(differing).toContainText("≠");
      await expect(differing).toHaveClass(/differs/);
      const peer = await list.compareCell("kernel.yama.ptrace_scope", sim.nodeName("w-01"));
      await expect(peer).toHaveAttribute("data-standing", "majority");
      expect(await backgroundOf(differing)).not.toBe(await backgroundOf(peer));
      // Drift every node shares is a failure on each, but nobody differs.
      await expect(await list.compareCell("kernel.kptr_restrict", odd)).toHaveAttribute("data-standing", "majority");
      await screenshotPage(page, "node-compare.png");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshotPage(page, "node-compare-dark.png");
      await page.emulateMedia({ colorScheme: "light" });
      // Narrowed to what differs between peers: the shared drift leaves, the odd value stays.
      await list.onlyDifferences.check();
      await expect(list.compareRow("kernel.kptr_restrict")).toHaveCount(0);
      await expect(list.compareRow("kernel.yama.ptrace_scope")).toBeVisible();
      await list.onlyDifferences.uncheck();
      await expect(list.compareRow("kernel.kptr_restrict")).toBeVisible();

      // Keyboard: the node's link opens its view.
      await list.nodeLink(odd).focus();
      await page.keyboard.press("Enter");
      const detail = new NodeDetailPage(page);
      await expect(detail.heading(odd)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/clusters/${id}/nodes/${odd}$`));

      await expect(detail.differences).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: "kernel.yama.ptrace_scope is 1 here" })).toBeVisible();
      const row = detail.paramRow("kernel.yama.ptrace_scope");
      await expect(row).toHaveClass(/overridden/);
      await expect(await detail.paramCell("kernel.yama.ptrace_scope", "Expected")).toHaveText("2");
      const current = await detail.paramCell("kernel.yama.ptrace_scope", "Current");
      await expect(current).toContainText("1");
      await expect(current.getByText("Overridden", { exact: true })).toBeVisible();
      await expect(await detail.paramCell("kernel.yama.ptrace_scope", "Status")).toContainText("Fail");
      await expect((await detail.paramCell("kernel.kptr_restrict", "Current")).getByText("Overridden")).toBeVisible();
      await expect(await detail.paramCell("kernel.kptr_restrict", "Kernel default")).toHaveText("0");
      const intact = detail.paramRow("kernel.dmesg_restrict");
      await expect(intact).not.toHaveClass(/overridden/);
      await expect(await detail.paramCell("kernel.dmesg_restrict", "Status")).toHaveText("Pass");
      expect(await backgroundOf(row.getByRole("cell").first())).not.toBe(
        await backgroundOf(intact.getByRole("cell").first()),
      );
      await expect(detail.securityState).toContainText("Secure Boot");
      await expect(detail.cmdline.getByRole("rowheader", { name: "pti", exact: true })).toBeVisible();
      await expect(detail.services.getByRole("rowheader", { name: "kubelet", exact: true })).toBeVisible();
      await screenshotPage(page, "node-view.png");

      // Deep link to a section, in the dark theme.
      await page.emulateMedia({ colorScheme: "dark" });
      await detail.goto(id, odd, "#kernel-params");
      await expect(detail.kernelParamTable).toBeInViewport();
      await page.screenshot({ path: path.join(SCREENSHOTS, "node-view-dark.png") });
      await page.emulateMedia({ colorScheme: "light" });

      // A node the snapshot does not have is answered, not guessed.
      await page.goto(`/clusters/${id}/nodes/${name}-w-09`);
      await expect(detail.loadError).toContainText(`${name} has no node ${name}-w-09 in its latest collection.`);
    } finally {
      await deleteCluster({ request: admin, baseURL: baseURL!, id });
      await admin.dispose();
    }
  });
});

/**
 * The whole page at a desktop width, with the viewport grown to the page's height (a full-page
 * capture would leave the sticky navigation floating in the middle).
 */
async function screenshotPage(page: Page, file: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: SCREENSHOT_WIDTH, height: 900 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: SCREENSHOT_WIDTH, height });
  // Let the browser lay out and paint the grown viewport before capturing it.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.screenshot({ path: path.join(SCREENSHOTS, file) });
  if (before) await page.setViewportSize(before);
}

async function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor);
}
