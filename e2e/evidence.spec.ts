import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { AuditEventPage } from "@/lib/client/audit/audit-event-view";
import type { EvidencePackView, EvidenceScope } from "@/lib/shared/evidence-pack-view";
import { EvidencePage } from "./pages/evidence-page";
import { FleetFrameworkPage } from "./pages/framework-page";
import { storageStatePath, USERS } from "./support/e2e-env";
import { startDemoFleet, type DemoFleet } from "./support/demo-fleet";

const SCREENSHOTS = "test-results/screenshots";
const BUILD_TIMEOUT = 120_000;

interface Manifest {
  format: string;
  asOf: string;
  scope: EvidenceScope;
  signature: { algorithm: string; publicKeyFingerprint: string };
  files: { path: string; sha256: string; size: number }[];
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function run(command: string, args: string[], cwd?: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** `npm run lotse -- evidence verify`: the exit code and what it printed. */
function verifyWithCli(zipPath: string, keyPath: string): { status: number | null; output: string } {
  const result = spawnSync(
    "npm",
    ["run", "--silent", "lotse", "--", "evidence", "verify", zipPath, "--public-key", keyPath],
    {
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every regular file below `dir`, as paths relative to it with `/` separators. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/** Share of a page's pixels that are clearly coloured (heatmap cells), from a binary PPM (P6) that pdftoppm wrote. */
function colouredShare(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PPM");
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  let coloured = 0;
  for (let offset = text.length; offset + 2 < ppm.length; offset += 3) {
    const [r, g, b] = [ppm[offset]!, ppm[offset + 1]!, ppm[offset + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured / (width * height);
}

async function waitUntilReady(request: APIRequestContext, id: string): Promise<EvidencePackView> {
  let pack: EvidencePackView | undefined;
  await expect
    .poll(
      async () => {
        pack = (await (await request.get(`/api/v1/evidence-packs/${id}`)).json()) as EvidencePackView;
        return pack.status;
      },
      { timeout: BUILD_TIMEOUT, intervals: [500, 1_000] },
    )
    .toBe("ready");
  return pack!;
}

/** The POST body that asks for a stored scope again (the API takes absent fields, not nulls). */
function scopeBody(scope: EvidenceScope): Record<string, unknown> {
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== null));
}

// The CISO's evidence pack: an auditor picks ISO 27001 over the simulator's 30-cluster fleet,
// downloads a signed zip, and the test checks it the way an auditor would, with standard tools only.
test.describe.serial("evidence packs", () => {
  test.use({ storageState: storageStatePath("auditor") });
  let fleet: DemoFleet | undefined;
  let admin: APIRequestContext;
  let workDir: string;
  let first: { id: string; manifestSha256: string; zipSha256: string } | undefined;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    fleet = await startDemoFleet({ request: admin, baseURL: baseURL! });
    workDir = mkdtempSync(path.join(tmpdir(), "lotse-e2e-evidence-"));
  });

  test.afterAll(async () => {
    await fleet?.stop();
    await admin?.dispose();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test("an auditor generates an ISO 27001 pack, downloads it, and it verifies offline", async ({ page, request }) => {
    test.setTimeout(240_000);
    // The fleet's ISO 27001 score as the Frameworks page shows it, e.g. "73 %".
    const frameworks = new FleetFrameworkPage(page);
    await frameworks.gotoList();
    const uiScore = (await frameworks.listRow("iso-27001").locator("td[data-band]").innerText()).trim();
    expect(uiScore).toMatch(/^\d+ %$/);

    const evidence = new EvidencePage(page);
    await evidence.goto();
    await expect(evidence.packPanel).toContainText("Complete the scope");
    await evidence.chooseFramework("ISO/IEC 27001");
    await expect(page).toHaveURL(/\/evidence\?frameworks=iso-27001$/);
    const preview = (await (await request.get("/api/v1/evidence-packs/preview?frameworks=iso-27001")).json()) as Record<
      string,
      number
    >;
    expect(preview.clusters).toBeGreaterThanOrEqual(fleet!.ids.size);
    await expect(evidence.figure("clusters")).toHaveText(String(preview.clusters));
    await expect(evidence.figure("framework")).toHaveText("1");

    const download = await evidence.generateAndDownload();
    const packId = (await evidence.newPack.getAttribute("data-pack"))!;
    const zipPath = path.join(workDir, "pack.zip");
    await download.saveAs(zipPath);
    const zip = readFileSync(zipPath);
    const dir = path.join(workDir, "pack");
    run("unzip", ["-q", zipPath, "-d", dir]);

    // Every file is listed with its SHA-256 and size, and nothing unlisted rides along.
    const manifestBytes = readFileSync(path.join(dir, "manifest.json"));
    const manifest = JSON.parse(manifestBytes.toString("utf8")) as Manifest;
    expect(manifest.scope.frameworks).toEqual(["iso-27001"]);
    expect(manifest.files.length).toBeGreaterThan(5);
    for (const file of manifest.files) {
      const bytes = readFileSync(path.join(dir, file.path));
      expect(sha256(bytes), file.path).toBe(file.sha256);
      expect(bytes.length, file.path).toBe(file.size);
    }
    expect(listFiles(dir).sort()).toEqual(
      [...manifest.files.map((file) => file.path), "manifest.json", "manifest.sig"].sort(),
    );
    expect(run("sha256sum", ["-c", "SHA256SUMS"], dir)).not.toMatch(/FAILED/);

    // The signature, checked with the key the server publishes (not the copy inside the pack).
    const keyPath = path.join(workDir, "lotse-evidence-public-key.pem");
    const key = await request.get("/api/v1/evidence/public-key");
    expect(key.status()).toBe(200);
    writeFileSync(keyPath, await key.body());
    const verified = run(
      "openssl",
      ["pkeyutl", "-verify", "-pubin", "-inkey", keyPath, "-rawin", "-in", "manifest.json", "-sigfile", "manifest.sig"],
      dir,
    );
    expect(verified).toContain("Signature Verified Successfully");
    const der = execFileSync("openssl", ["pkey", "-pubin", "-in", keyPath, "-outform", "DER"]);
    const fingerprint = sha256(der);
    expect(manifest.signature.publicKeyFingerprint).toBe(fingerprint);
    await expect(evidence.fingerprint).toHaveAttribute("data-fingerprint", fingerprint);

    // Lotse's own verifier agrees, and flipping one byte of the zip makes it fail.
    const valid = verifyWithCli(zipPath, keyPath);
    expect(valid.output).not.toContain("NOT VALID");
    expect(valid.status, valid.output).toBe(0);
    const tampered = Buffer.from(zip);
    const at = Math.floor(tampered.length / 2);
    tampered[at] = tampered[at]! ^ 0x01;
    const tamperedPath = path.join(workDir, "tampered.zip");
    writeFileSync(tamperedPath, tampered);
    const invalid = verifyWithCli(tamperedPath, keyPath);
    expect(invalid.status, invalid.output).toBe(1);
    expect(invalid.output).toContain("NOT VALID:");

    // The hash the page shows is the hash of the manifest that was signed.
    expect(await evidence.newPackHash()).toBe(sha256(manifestBytes));
    const stored = (await (await request.get(`/api/v1/evidence-packs/${packId}`)).json()) as EvidencePackView;
    expect(stored.manifestSha256).toBe(sha256(manifestBytes));
    expect(stored.sizeBytes).toBe(zip.length);
    first = { id: packId, manifestSha256: stored.manifestSha256!, zipSha256: sha256(zip) };

    // OSCAL assessment-results: the model's required structure, findings tied to controls and observations.
    const oscal = JSON.parse(readFileSync(path.join(dir, "oscal/assessment-results.json"), "utf8")) as {
      "assessment-results": Record<string, unknown>;
    };
    const results = oscal["assessment-results"];
    expect(results.uuid).toEqual(expect.any(String));
    expect(results.metadata).toMatchObject({
      title: expect.any(String),
      "last-modified": expect.any(String),
      version: expect.any(String),
      "oscal-version": expect.stringMatching(/^1\.(1|2)\./),
    });
    expect(results["import-ap"]).toMatchObject({ href: expect.any(String) });
    const runs = results.results as Record<string, unknown>[];
    expect(runs.length).toBeGreaterThan(0);
    for (const result of runs) {
      expect(result).toMatchObject({
        uuid: expect.any(String),
        title: expect.any(String),
        description: expect.any(String),
        start: expect.any(String),
        "reviewed-controls": { "control-selections": expect.any(Array) },
      });
      const observations = result.observations as {
        uuid: string;
        description: string;
        methods: string[];
        collected: string;
      }[];
      const findings = result.findings as {
        uuid: string;
        title: string;
        description: string;
        target: { type: string; "target-id": string; status: { state: string } };
        "related-observations"?: { "observation-uuid": string }[];
      }[];
      expect(observations.length).toBeGreaterThan(0);
      expect(findings.length).toBeGreaterThan(0);
      for (const observation of observations) {
        expect(observation).toMatchObject({
          uuid: expect.any(String),
          description: expect.any(String),
          methods: expect.any(Array),
          collected: expect.any(String),
        });
      }
      const observationIds = new Set(observations.map((observation) => observation.uuid));
      for (const finding of findings) {
        expect(finding).toMatchObject({
          uuid: expect.any(String),
          title: expect.any(String),
          description: expect.any(String),
        });
        expect(["objective-id", "statement-id"]).toContain(finding.target.type);
        expect(finding.target["target-id"]).not.toBe("");
        expect(["satisfied", "not-satisfied"]).toContain(finding.target.status.state);
        for (const related of finding["related-observations"] ?? []) {
          expect(observationIds.has(related["observation-uuid"])).toBe(true);
        }
      }
    }

    // summary.pdf: rendered to PNG (and looked at), with the heatmap's colours and the score the UI shows.
    const pdf = path.join(dir, "summary.pdf");
    mkdirSync(SCREENSHOTS, { recursive: true });
    run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(workDir, "summary")]);
    copyFileSync(path.join(workDir, "summary.png"), `${SCREENSHOTS}/evidence-summary.png`);
    expect(statSync(`${SCREENSHOTS}/evidence-summary.png`).size).toBeGreaterThan(10_000);
    run("pdftoppm", ["-r", "60", pdf, path.join(workDir, "page")]);
    const shares = readdirSync(workDir)
      .filter((name) => name.startsWith("page") && name.endsWith(".ppm"))
      .map((name) => colouredShare(readFileSync(path.join(workDir, name))));
    expect(Math.max(...shares), "a page with the heatmap's coloured cells").toBeGreaterThan(0.02);
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    expect(text).toMatch(/heatmap/i);
    expect(text).toContain("ISO/IEC 27001");
    // The fleet score table's row, not a heatmap cell that happens to print the same number.
    expect(text).toMatch(new RegExp(`ISO/IEC 27001 Annex A 2022\\s+${uiScore.replace(" %", "")}\\s?%`));
    // The signing key, by fingerprint and as the PEM the server publishes.
    expect(text.replace(/\s+/g, "")).toContain(fingerprint);
    expect(text.replace(/\s+/g, "")).toContain(readFileSync(keyPath, "utf8").replace(/\s+/g, ""));

    // The new pack heads the list of past packs, with its short hash.
    await expect(evidence.packRow(packId)).toContainText(stored.manifestSha256!.slice(0, 12));
    await expect(evidence.packRow(packId)).toContainText(USERS.auditor.email);
    await expect(evidence.packRow(packId)).toContainText("ISO/IEC 27001 Annex A · whole fleet · as of");
    await page.screenshot({ path: `${SCREENSHOTS}/evidence.png`, fullPage: true });
  });

  test("the same scope over the same data gives the same manifest hash and the same zip", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(BUILD_TIMEOUT * 2 + 30_000);
    expect(first, "the first test made a pack").toBeDefined();
    const stored = (await (await request.get(`/api/v1/evidence-packs/${first!.id}`)).json()) as EvidencePackView;
    // "Now" again (resolves to the newest stored data), and the stored scope with its explicit "as of".
    for (const body of [{ frameworks: ["iso-27001"] }, scopeBody(stored.scope)]) {
      const created = await request.post("/api/v1/evidence-packs", { headers: { origin: baseURL! }, data: body });
      expect(created.status(), await created.text()).toBe(201);
      const again = await waitUntilReady(request, ((await created.json()) as { id: string }).id);
      expect(again.manifestSha256).toBe(first!.manifestSha256);
      const zip = await request.get(`/api/v1/evidence-packs/${again.id}/download`);
      expect(zip.status()).toBe(200);
      expect(sha256(await zip.body())).toBe(first!.zipSha256);
    }
  });

  test("a viewer can neither generate nor download, and both attempts are audit-logged", async ({
    playwright,
    baseURL,
    browser,
  }) => {
    expect(first, "the first test made a pack").toBeDefined();
    const viewer = await playwright.request.newContext({ baseURL, storageState: storageStatePath("viewer") });
    try {
      const since = new Date().toISOString();
      const post = await viewer.post("/api/v1/evidence-packs", {
        headers: { origin: baseURL! },
        data: { frameworks: ["iso-27001"] },
      });
      expect(post.status()).toBe(403);
      const download = await viewer.get(`/api/v1/evidence-packs/${first!.id}/download`);
      expect(download.status()).toBe(403);

      const { items } = (await (await admin.get("/api/v1/audit-events?limit=200")).json()) as AuditEventPage;
      const denied = items.filter(
        (event) => event.at >= since && event.actorLabel === USERS.viewer.email && event.outcome === "denied",
      );
      const attempts = denied.map((event) => {
        const details = event.details as { path?: string; method?: string } | null;
        return `${details?.method} ${details?.path}`;
      });
      expect(attempts).toEqual(
        expect.arrayContaining(["POST /api/v1/evidence-packs", `GET /api/v1/evidence-packs/${first!.id}/download`]),
      );
      // The auditor's own generation and download are in the log with the pack's hash.
      const withHash = items.filter(
        (event) =>
          event.actorLabel === USERS.auditor.email && JSON.stringify(event.details).includes(first!.manifestSha256),
      );
      expect(withHash.length).toBeGreaterThanOrEqual(2);
    } finally {
      await viewer.dispose();
    }

    // On the page, a viewer learns who may generate packs instead of finding a button.
    const context = await browser.newContext({ storageState: storageStatePath("viewer") });
    try {
      const evidence = new EvidencePage(await context.newPage());
      await evidence.goto();
      await expect(evidence.packPanel).toContainText("Auditors and admins generate evidence packs");
      await expect(evidence.generateButton).toHaveCount(0);
      await expect(evidence.fingerprint).toHaveAttribute("data-fingerprint", /^[0-9a-f]{64}$/);
      await evidence.page.screenshot({ path: `${SCREENSHOTS}/evidence-viewer.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  test("the scope lives in the URL and the preview follows it", async ({ page, request }) => {
    const evidence = new EvidencePage(page);
    await evidence.goto("?frameworks=iso-27001,soc2");
    await evidence.clusterMode("One environment").click();
    await expect(evidence.scope.getByText("Choose an environment.")).toBeVisible();
    await evidence.scope.getByLabel("Environment", { exact: true }).selectOption("edge");
    await expect(page).toHaveURL(/\?frameworks=iso-27001%2Csoc2&by=environment&environment=edge$/);
    const clusters = (await (await request.get("/api/v1/clusters")).json()) as { items: { environment: string }[] };
    const edge = clusters.items.filter((cluster) => cluster.environment === "edge").length;
    await expect(evidence.figure("clusters")).toHaveText(String(edge));
    await expect(evidence.figure("frameworks")).toHaveText("2");

    await evidence.scope.getByRole("radio", { name: "A period (from – to)" }).click();
    await evidence.scope.getByLabel("From", { exact: true }).fill("2020-01-01");
    await expect(evidence.scope.getByText(/A pack covers at most 400 days/)).toBeVisible();
    await expect(evidence.generateButton).toBeDisabled();
    await page.reload();
    await expect(evidence.scope.getByLabel("Environment", { exact: true })).toHaveValue("edge");
    await expect(evidence.scope.getByLabel("From", { exact: true })).toHaveValue("2020-01-01");

    // A valid period: the error goes, the preview counts the same clusters, and the pack may be generated.
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await evidence.scope.getByLabel("From", { exact: true }).fill(monthAgo);
    await expect(evidence.scope.getByText(/A pack covers at most 400 days/)).toHaveCount(0);
    await expect(evidence.figure("clusters")).toHaveText(String(edge));
    await expect(evidence.generateButton).toBeEnabled();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${SCREENSHOTS}/evidence-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
  });
});
