// POST/GET /api/v1/clusters/{id}/imports against a real PostgreSQL: formats, roles, bad files
// (4xx, nothing stored), the merged CIS view on kubeadm and Talos, expiry and the audit log.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as findingsRoute } from "@/app/api/v1/clusters/[id]/findings/route";
import { GET as frameworkRoute } from "@/app/api/v1/clusters/[id]/frameworks/[frameworkId]/route";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/clusters/[id]/imports/route";
import type { ClusterFindingsView } from "@/lib/shared/finding-view";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import type { ScannerImportListView, ScannerImportView } from "@/lib/shared/import-view";
import type { Role } from "@/lib/shared/roles";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { importScannerResults } from "./import-scanner-results";
import { buildKubeadmKubeBenchReport, buildTalosKubeBenchReport } from "./testing/build-kube-bench-report";
import { fixtureBytes } from "./testing/read-fixture";
import { seedEvaluatedCluster } from "@/lib/server/store/imports/testing/seed-evaluated-cluster";

const MAX_BYTES = 256 * 1024;
const FILE_CHECK = /^cis\.(1\.1|4\.1)\./;

let tokens: Record<Role, string>;

const path = (id: string) => `/api/v1/clusters/${id}/imports`;

function post(
  id: string,
  body: unknown,
  { role = "engineer", query = "", headers = {} } = {} as {
    role?: Role | null;
    query?: string;
    headers?: Record<string, string>;
  },
) {
  return callRoute({
    handler: importRoute,
    method: "POST",
    path: `${path(id)}${query}`,
    params: { id },
    token: role ? tokens[role] : undefined,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers,
  });
}

async function postMultipart(id: string, name: string, bytes: Uint8Array, role: Role = "admin") {
  const form = new FormData();
  form.set("file", new Blob([Buffer.from(bytes)], { type: "application/json" }), name);
  const request = new NextRequest(new URL(path(id), "http://localhost:3000"), {
    method: "POST",
    headers: { authorization: `Bearer ${tokens[role]}` },
    body: form,
  });
  const response = await importRoute(request, { params: Promise.resolve({ id }) });
  return { status: response.status, json: (await response.json()) as unknown };
}

async function postForm(id: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const request = new NextRequest(new URL(path(id), "http://localhost:3000"), {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.admin}` },
    body: form,
  });
  const response = await importRoute(request, { params: Promise.resolve({ id }) });
  return { status: response.status, json: (await response.json()) as unknown };
}

async function cisView(id: string): Promise<ClusterFrameworkView> {
  const answer = await callRoute({
    handler: frameworkRoute,
    params: { id, frameworkId: "cis-k8s" },
    token: tokens.viewer,
  });
  expect(answer.status).toBe(200);
  return answer.json as ClusterFrameworkView;
}

const controlStatus = (view: ClusterFrameworkView, id: string) =>
  view.controls.find((control) => control.id === id)?.status;

async function storedImports(): Promise<number> {
  return getDb().scannerImport.count();
}

beforeAll(() => {
  // Small enough that an oversized upload costs nothing; a full kube-bench report is ~100 KiB.
  process.env.LOTSE_IMPORT_MAX_BYTES = String(MAX_BYTES);
});

beforeEach(async () => {
  await resetDatabase();
  tokens = await tokensByRole();
});

describe("scanner imports", () => {
  it("adds kube-bench's node file checks to a kubeadm cluster's CIS view, with provenance", async () => {
    const id = await seedEvaluatedCluster({
      name: "kubeadm-lab",
      platform: "kubeadm",
      statusOf: (checkId) => (FILE_CHECK.test(checkId) ? "UNKNOWN" : checkId === "cis.1.2.15" ? "FAIL" : "PASS"),
    });
    const before = await cisView(id);
    expect(controlStatus(before, "1.1.1")).toBe("UNKNOWN");

    const answer = await post(id, buildKubeadmKubeBenchReport());
    expect(answer.status).toBe(201);
    const created = answer.json as ScannerImportView;
    expect(created).toMatchObject({
      tool: "kube-bench",
      benchmark: "cis-1.10",
      importedBy: "token:test-engineer",
      isExpired: false,
      counts: { total: 83, mapped: 83, fail: 2 },
    });
    expect(Date.parse(created.expiresAt) - Date.parse(created.importedAt)).toBe(30 * 86_400_000);

    const after = await cisView(id);
    expect(controlStatus(after, "1.1.1")).toBe("PASS");
    expect(controlStatus(after, "1.1.12")).toBe("FAIL");
    expect(controlStatus(after, "4.1.9")).toBe("FAIL");
    expect(controlStatus(after, "1.2.15")).toBe("FAIL");
    const note = after.controls
      .find((control) => control.id === "1.2.15")!
      .checks.find((check) => check.checkId === "cis.1.2.15")!.imported![0]!;
    expect(note).toMatchObject({ disposition: "superseded", status: "PASS" });

    const findings = (
      await callRoute({
        handler: findingsRoute,
        params: { id },
        path: `/api/v1/clusters/${id}/findings?status=FAIL`,
        token: tokens.viewer,
      })
    ).json as ClusterFindingsView;
    const imported = findings.items.filter((item) => item.importedFrom);
    expect(imported.map((item) => item.checkId).sort()).toEqual(["cis.1.1.12", "cis.4.1.9"]);
    expect(imported[0]!.importedFrom).toMatchObject({ tool: "kube-bench", importId: created.id });
    expect(findings.items.every((item) => item.status === "FAIL")).toBe(true);

    const list = (await callRoute({ handler: listRoute, params: { id }, token: tokens.viewer }))
      .json as ScannerImportListView;
    expect(list).toMatchObject({ maxAgeDays: 30, maxBytes: MAX_BYTES });
    expect(list.items.map((item) => item.id)).toEqual([created.id]);

    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "success", targetId: id, actorLabel: "token:test-engineer" });
  });

  it("marks kube-bench's 29 architectural false positives on a Talos cluster and keeps Lotse's own verdicts", async () => {
    const id = await seedEvaluatedCluster({ name: "talos-edge", platform: "talos", statusOf: () => "PASS" });
    const before = await cisView(id);
    expect((await post(id, buildTalosKubeBenchReport(), { query: "?node=cp-1" })).status).toBe(201);
    const after = await cisView(id);
    expect(after.score).toBe(before.score);
    expect(after.counts).toEqual(before.counts);
    const notes = after.controls.flatMap((control) => control.checks.flatMap((check) => check.imported ?? []));
    const falsePositives = notes.filter((note) => note.disposition === "false-positive" && note.status === "FAIL");
    expect(falsePositives).toHaveLength(29);
    expect(falsePositives.every((note) => note.node === "cp-1" && note.reason.startsWith("Known architectural"))).toBe(
      true,
    );
  });

  it("takes a multipart upload (Trivy) and a Kubescape report, and names the file", async () => {
    const id = await seedEvaluatedCluster({ name: "prod", platform: "kubeadm", statusOf: () => "UNKNOWN" });
    const trivy = await postMultipart(id, "trivy cis.json", fixtureBytes("trivy-cis-all.json"));
    expect(trivy.status).toBe(201);
    expect(trivy.json).toMatchObject({ tool: "trivy", benchmark: "k8s-cis-1.23", fileName: "trivy cis.json" });
    const kubescape = await post(id, new TextDecoder().decode(fixtureBytes("kubescape-cis.json")));
    expect(kubescape.json).toMatchObject({
      tool: "kubescape",
      toolVersion: "v3.0.21",
      counts: { mapped: 3, unmapped: 1 },
    });
    const view = await cisView(id);
    expect(controlStatus(view, "1.1.12")).toBe("FAIL");
    expect(controlStatus(view, "1.1.13")).toBe("FAIL");
    expect(controlStatus(view, "1.1.1")).toBe("PASS");
  });

  it("lets only admins and engineers import; others get 403, anonymous 401, and nothing is stored", async () => {
    const id = await seedEvaluatedCluster({ name: "roles", platform: "kubeadm", statusOf: () => "UNKNOWN" });
    for (const role of ["auditor", "viewer"] as const) {
      const answer = await post(id, buildKubeadmKubeBenchReport(), { role });
      expect(answer.status).toBe(403);
      expect(answer.json).toMatchObject({ error: { code: "forbidden" } });
    }
    expect((await post(id, buildKubeadmKubeBenchReport(), { role: null })).status).toBe(401);
    expect(await storedImports()).toBe(0);
    const denied = await getDb().auditEvent.findMany({ where: { action: "cluster.import", outcome: "denied" } });
    expect(denied).toHaveLength(2);
    expect(
      (await post(id, new TextDecoder().decode(fixtureBytes("kube-bench-worker.json")), { role: "admin" })).status,
    ).toBe(201);
  });

  it("refuses bad files with a clear 4xx and stores nothing", async () => {
    const id = await seedEvaluatedCluster({ name: "bad", platform: "kubeadm", statusOf: () => "UNKNOWN" });
    const cases: [string, () => Promise<{ status: number; json: unknown }>, number, RegExp][] = [
      ["not JSON", () => post(id, "== kube-bench ==\n[PASS] 1.1.1"), 400, /not JSON/],
      ["unknown format", () => post(id, { scanner: "mine", findings: [] }), 400, /Unknown report format/],
      [
        "wrong types",
        () => post(id, { Controls: [{ tests: [{ results: [{ test_number: 1 }] }] }] }),
        400,
        /kube-bench report/,
      ],
      ["deep nesting", () => post(id, `${"[".repeat(5000)}${"]".repeat(5000)}`), 400, /deeper than/],
      ["oversized", () => post(id, JSON.stringify({ Controls: [], pad: "x".repeat(MAX_BYTES) })), 413, /larger than/],
      [
        "wrong media type",
        () => post(id, "{}", { headers: { "content-type": "text/plain" } }),
        415,
        /application\/json/,
      ],
      ["bad node", () => post(id, buildKubeadmKubeBenchReport(), { query: "?node=../etc" }), 400, /node name/],
      [
        "unknown cluster",
        () => post("00000000-0000-4000-8000-000000000000", buildKubeadmKubeBenchReport()),
        404,
        /No such cluster/,
      ],
      ["empty file", () => postMultipart(id, "empty.json", new Uint8Array()), 400, /empty/],
      ["no file field", () => postForm(id, { other: "x" }), 400, /no `file` field/],
    ];
    for (const [name, send, status, message] of cases) {
      const answer = await send();
      expect(answer.status, name).toBe(status);
      expect((answer.json as { error: { message: string } }).error.message, name).toMatch(message);
    }
    expect(await storedImports()).toBe(0);
    expect(await getDb().importedResult.count()).toBe(0);
    // The refused files that were read are audit-logged with their hash, never their content.
    const failures = await getDb().auditEvent.findMany({ where: { action: "cluster.import", outcome: "failure" } });
    expect(failures).toHaveLength(5);
    expect(JSON.stringify(failures.map((event) => event.details))).not.toContain("== kube-bench ==");
    expect(failures[0]!.details).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("stops counting an import once it has expired, but keeps listing it", async () => {
    const id = await seedEvaluatedCluster({
      name: "expiring",
      platform: "kubeadm",
      statusOf: (checkId) => (FILE_CHECK.test(checkId) ? "UNKNOWN" : "PASS"),
    });
    const actor = { type: "user" as const, id: "u1", label: "ops@example.test", role: "engineer" as const };
    await importScannerResults({
      clusterId: id,
      upload: { bytes: new TextEncoder().encode(JSON.stringify(buildKubeadmKubeBenchReport())), fileName: "old.json" },
      node: null,
      actor,
      now: new Date(Date.now() - 31 * 86_400_000),
    });
    expect(controlStatus(await cisView(id), "1.1.1")).toBe("UNKNOWN");
    const list = (await callRoute({ handler: listRoute, params: { id }, token: tokens.viewer }))
      .json as ScannerImportListView;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ isExpired: true, importedBy: "ops@example.test", fileName: "old.json" });
  });
});
