import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectFleet } from "@/app/api/v1/fleet/collect/route";
import { GET as downloadRoute } from "@/app/api/v1/evidence-packs/[id]/download/route";
import { GET as packRoute } from "@/app/api/v1/evidence-packs/[id]/route";
import { GET as previewRoute } from "@/app/api/v1/evidence-packs/preview/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/evidence-packs/route";
import { GET as publicKeyRoute } from "@/app/api/v1/evidence/public-key/route";
import type { EvidencePackListView, EvidencePackView, EvidencePreviewView } from "@/lib/shared/evidence-pack-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadDemoGroups } from "@/lib/sim/scenario/testing/load-demo-groups";
import { INTERRUPTED_AFTER_MS } from "./fail-interrupted-evidence-packs";
import { oscalStructureProblems } from "./oscal-structure";
import { packFilePath, packPartialFile, packStagingDir, packStorageKey } from "./pack-files";
import { verifyEvidencePack } from "./verify-evidence-pack";

// Two clusters of the default fleet, collected and evaluated by a real worker; packs are generated
// through the API, checked with openssl and sha256sum as VERIFY.md says, and tampered with.
const NAMES = ["edge-01", "legacy-01"];

async function downloadZip(id: string, token: string, dir: string): Promise<string> {
  const { NextRequest } = await import("next/server");
  const response = await downloadRoute(
    new NextRequest(new URL(`/api/v1/evidence-packs/${id}/download`, "http://localhost:3000"), {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ id }) },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="lotse-evidence-.*\.zip"$/);
  const file = path.join(dir, `${id}.zip`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

describe("evidence packs", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let work: string;

  const create = (body: unknown, token = tokens.auditor) =>
    callRoute({ handler: createRoute, method: "POST", path: "/api/v1/evidence-packs", token, body });

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    work = mkdtempSync(path.join(tmpdir(), "lotse-evidence-"));
    const scenario = await loadDemoGroups({ groups: ["edge-{n:02}", "legacy-{n:02}"] });
    fleet = await startSimFleet({ scenario });
    workers = await startWorkers({ count: 1 });
    await registerSimFleet({ fleet, adminToken: tokens.admin });
    expect((await callRoute({ handler: collectFleet, method: "POST", token: tokens.engineer })).status).toBe(202);
    await waitFor(async () => (await getDb().evaluation.groupBy({ by: ["clusterId"] })).length === NAMES.length, {
      timeoutMs: 90_000,
      describe: async () =>
        `runs: ${JSON.stringify(await getDb().collectionRun.findMany({ select: { status: true } }))}`,
    });
    // Let the worker finish writing (runs finish before their evaluation is stored).
    await workers.stop();
  }, 150_000);

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("generates the same pack twice for the same scope and data, and it verifies with openssl and sha256sum", async () => {
    const first = await create({ frameworks: ["iso-27001", "cis-k8s"] });
    expect(first.status).toBe(201);
    const second = await create({ frameworks: ["cis-k8s", "iso-27001"] });
    const [a, b] = await Promise.all(
      [first, second].map(async (answer) => {
        const id = (answer.json as { id: string }).id;
        return (await callRoute({ handler: packRoute, params: { id }, token: tokens.admin })).json as EvidencePackView;
      }),
    );
    expect(a!.status, a!.error ?? "").toBe("ready");
    expect(a!.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b!.manifestSha256).toBe(a!.manifestSha256);
    expect(a!.scope.frameworks).toEqual(["cis-k8s", "iso-27001"]);

    const zipA = await downloadZip(a!.id, tokens.auditor, work);
    const zipB = await downloadZip(b!.id, tokens.admin, work);
    expect(readFileSync(zipA).equals(readFileSync(zipB))).toBe(true);

    const dir = path.join(work, "unzipped");
    execFileSync("unzip", ["-q", zipA, "-d", dir]);
    const verifyMd = readFileSync(path.join(dir, "VERIFY.md"), "utf8");
    const script = /```sh\n([\s\S]*?)```/.exec(verifyMd)?.[1];
    expect(script).toBeTruthy();
    // The documented steps need openssl and sha256sum only: run them with nothing else on the PATH.
    const tools = path.join(work, "tools");
    mkdirSync(tools);
    for (const tool of ["openssl", "sha256sum"]) {
      const found = execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim();
      symlinkSync(found, path.join(tools, tool));
    }
    const runScript = (cwd: string) =>
      spawnSync("/bin/bash", ["-c", script!], { cwd, encoding: "utf8", env: { NODE_ENV: "test", PATH: tools } });
    const run = runScript(dir);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout.match(/Signature Verified Successfully/g)).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
    expect(run.stdout).toContain(manifest.signature.publicKeyFingerprint);
    expect(run.stdout).not.toContain("FAILED");
    // A changed file with its line in SHA256SUMS changed to match: the signature of SHA256SUMS fails.
    const altered = path.join(work, "altered");
    cpSync(dir, altered, { recursive: true });
    const csv = path.join(altered, "iso-27001/waivers.csv");
    writeFileSync(csv, `${readFileSync(csv, "utf8")}forged,row\n`);
    const forgedHash = execFileSync("sha256sum", [csv], { encoding: "utf8" }).slice(0, 64);
    const sums = readFileSync(path.join(altered, "SHA256SUMS"), "utf8");
    writeFileSync(
      path.join(altered, "SHA256SUMS"),
      sums.replace(/^[0-9a-f]{64}(?= {2}iso-27001\/waivers\.csv$)/m, forgedHash),
    );
    const forged = runScript(altered);
    expect(forged.status).not.toBe(0);
    expect(forged.stdout + forged.stderr).toContain("Signature Verification Failure");

    // The same public key the server publishes.
    const key = await callRoute({ handler: publicKeyRoute, token: tokens.viewer });
    expect(key.text).toBe(readFileSync(path.join(dir, "lotse-evidence-public-key.pem"), "utf8"));

    // The pack's structure.
    const names = manifest.files.map((file: { path: string }) => file.path);
    for (const name of ["summary.pdf", "oscal/assessment-results.json", "VERIFY.md", "SHA256SUMS", "SHA256SUMS.sig"])
      expect(names).toContain(name);
    for (const framework of ["cis-k8s", "iso-27001"]) {
      for (const file of ["controls.csv", "controls.json", "findings.csv", "findings.json", "waivers.csv"]) {
        expect(names).toContain(`${framework}/${file}`);
      }
    }
    expect(names.some((name: string) => /^snapshots\/[0-9a-f]{64}\.json$/.test(name))).toBe(true);
    const oscal = JSON.parse(readFileSync(path.join(dir, "oscal/assessment-results.json"), "utf8"));
    expect(oscalStructureProblems(oscal)).toEqual([]);
    expect(oscal["assessment-results"].results).toHaveLength(2);
    const findings = JSON.parse(readFileSync(path.join(dir, "iso-27001/findings.json"), "utf8"));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ firstSeen: expect.any(String), lastSeen: expect.any(String) });

    // summary.pdf renders, with the heatmap, the key's fingerprint and the public key itself.
    execFileSync("pdftoppm", ["-png", "-r", "50", path.join(dir, "summary.pdf"), path.join(work, "page")]);
    // -layout: without it pdftotext joins a line ending in "-" to the next (the PEM's armour lines).
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "summary.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Heatmap");
    expect(text).toContain(manifest.signature.publicKeyFingerprint);
    expect(text.replace(/\s+/g, "")).toContain(key.text.replace(/\s+/g, ""));

    expect((await verifyEvidencePack({ zipPath: zipA, publicKeyPem: key.text })).isValid).toBe(true);
    const cli = spawnSync("npm", ["run", "--silent", "lotse", "--", "evidence", "verify", zipA], { encoding: "utf8" });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain("VALID");
  }, 120_000);

  it("detects a flipped byte anywhere in the zip", async () => {
    const { id } = (await create({ frameworks: ["nis2"] })).json as { id: string };
    const zip = readFileSync(await downloadZip(id, tokens.auditor, work));
    for (const offset of [
      10,
      Math.floor(zip.length / 3),
      Math.floor(zip.length / 2),
      zip.length - 30,
      zip.length - 3,
    ]) {
      const tampered = Buffer.from(zip);
      tampered[offset] = tampered[offset]! ^ 0x01;
      const file = path.join(work, `tampered-${offset}.zip`);
      writeFileSync(file, tampered);
      expect((await verifyEvidencePack({ zipPath: file })).isValid, `offset ${offset}`).toBe(false);
    }
    const file = path.join(work, `tampered-${Math.floor(zip.length / 2)}.zip`);
    const cli = spawnSync("npm", ["run", "--silent", "lotse", "--", "evidence", "verify", file], { encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain("NOT VALID");
  }, 120_000);

  it("lists packs and previews a scope", async () => {
    const list = (await callRoute({ handler: listRoute, token: tokens.auditor })).json as EvidencePackListView;
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect(list.items[0]).toMatchObject({ status: "ready", createdBy: "token:test-auditor" });
    const preview = await callRoute({
      handler: previewRoute,
      path: "/api/v1/evidence-packs/preview?frameworks=iso-27001,soc2&environment=edge",
      token: tokens.admin,
    });
    expect(preview.status).toBe(200);
    const counts = preview.json as EvidencePreviewView;
    expect(counts).toMatchObject({ clusters: 1, frameworks: 2 });
    expect(counts.findings).toBeGreaterThan(0);
  });

  it("refuses viewers and engineers (audit-logged), anonymous callers and bad scopes", async () => {
    for (const role of ["viewer", "engineer"] as const) {
      expect((await create({ frameworks: ["iso-27001"] }, tokens[role])).status).toBe(403);
      const [pack] = (await getDb().evidencePack.findMany({ take: 1 })) ?? [];
      const download = await callRoute({ handler: downloadRoute, params: { id: pack!.id }, token: tokens[role] });
      expect(download.status).toBe(403);
    }
    const denied = await getDb().auditEvent.findMany({
      where: { outcome: "denied", action: { startsWith: "evidence." } },
    });
    expect(denied.map((event) => `${event.actorLabel} ${event.action}`).sort()).toEqual([
      "token:test-engineer evidence.download",
      "token:test-engineer evidence.generate",
      "token:test-viewer evidence.download",
      "token:test-viewer evidence.generate",
    ]);
    expect(
      (await callRoute({ handler: createRoute, method: "POST", body: { frameworks: ["iso-27001"] } })).status,
    ).toBe(401);
    for (const body of [
      { frameworks: [] },
      { frameworks: ["iso-9001"] },
      { frameworks: ["gdpr"], extra: 1 },
      { frameworks: ["gdpr"], from: "yesterday" },
    ]) {
      const answer = await create(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    const generated = await getDb().auditEvent.findMany({
      where: { action: { in: ["evidence.generate", "evidence.download"] }, outcome: "success" },
    });
    expect(
      generated.every((event) =>
        /^[0-9a-f]{64}$/.test(String((event.details as { manifestSha256?: unknown }).manifestSha256)),
      ),
    ).toBe(true);
  });

  it("marks a pack left building for over an hour as failed, and removes its files, before the next generation", async () => {
    const db = getDb();
    const building = (ageMs: number) =>
      db.evidencePack.create({
        data: {
          scope: { frameworks: ["gdpr"] },
          createdBy: "token:test-auditor",
          status: "building",
          createdAt: new Date(Date.now() - ageMs),
        },
      });
    const stuck = await building(INTERRUPTED_AFTER_MS + 60_000);
    const live = await building(60_000);
    const zipFile = (id: string) => packFilePath(packStorageKey(id));
    for (const { id } of [stuck, live]) {
      mkdirSync(path.join(packStagingDir(zipFile(id)), "gdpr"), { recursive: true });
      writeFileSync(path.join(packStagingDir(zipFile(id)), "gdpr", "controls.csv"), "id,title\n");
      writeFileSync(packPartialFile(zipFile(id)), "PK");
    }

    expect((await create({ frameworks: ["gdpr"] })).status).toBe(201);
    expect(await db.evidencePack.findUnique({ where: { id: stuck.id } })).toMatchObject({
      status: "failed",
      error: "interrupted",
      finishedAt: expect.any(Date),
    });
    expect(existsSync(packStagingDir(zipFile(stuck.id)))).toBe(false);
    expect(existsSync(packPartialFile(zipFile(stuck.id)))).toBe(false);
    const logged = await db.auditEvent.findMany({ where: { targetId: stuck.id } });
    expect(logged).toMatchObject([
      {
        action: "evidence.generate",
        outcome: "failure",
        actorLabel: "system:evidence",
        details: { reason: "interrupted" },
      },
    ]);
    // A younger build may still be running (on this or another replica): left alone.
    expect(await db.evidencePack.findUnique({ where: { id: live.id } })).toMatchObject({ status: "building" });
    expect(existsSync(packStagingDir(zipFile(live.id)))).toBe(true);
    await db.evidencePack.delete({ where: { id: live.id } });
    rmSync(packStagingDir(zipFile(live.id)), { recursive: true });
    rmSync(packPartialFile(zipFile(live.id)));
  });
});
