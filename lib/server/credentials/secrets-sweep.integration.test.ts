// The secrets sweep: a full demo (register, collect, evaluate, evidence, every read API) and then
// every log line, API response body, evidence pack entry and database row is searched for every
// credential and MachineConfig secret of the simulated fleet. Zero hits is the only pass.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createCluster } from "@/app/api/v1/clusters/route";
import { POST as testConnection } from "@/app/api/v1/clusters/[id]/test/route";
import { POST as collectFleet } from "@/app/api/v1/fleet/collect/route";
import { POST as createPack } from "@/app/api/v1/evidence-packs/route";
import { startHealthyTalosVariants } from "@/lib/server/jobs/testing/register-sim-fleet";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { logger } from "@/lib/server/log/logger";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { captureLogLines } from "@/lib/server/testing/capture-log-lines";
import { discoverApiRoutes } from "@/lib/server/testing/discover-api-routes";
import { dumpDatabaseRows } from "@/lib/server/store/testing/dump-database-rows";
import {
  kubeconfigSecrets,
  machineConfigSecrets,
  searchableForms,
  talosconfigSecrets,
  type Needle,
} from "@/lib/server/testing/secret-needles";
import type { Fleet } from "@/lib/sim/fleet";

interface Haystack {
  name: string;
  text: string;
}

type Handler = Parameters<typeof callRoute>[0]["handler"];

describe("secrets sweep", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let capture: ReturnType<typeof captureLogLines> | undefined;
  const needles: Needle[] = [];
  const responses: Haystack[] = [];
  /** The credential files as uploaded: the search must find every credential secret in them. */
  const uploads: Haystack[] = [];
  const ids = new Map<string, string>();
  let packZip: Buffer;

  const record = (name: string, answer: { status: number; text: string }) => {
    responses.push({ name, text: answer.text });
    return answer;
  };

  beforeAll(async () => {
    capture = captureLogLines();
    // The capture sees the web process' logger (and its children, as route handlers use them).
    logger.child({ probe: "secrets-sweep" }).info("log capture probe");
    expect(capture.lines.some((line) => line.includes("log capture probe"))).toBe(true);
    await resetDatabase();
    tokens = await tokensByRole();
    // os:admin reads MachineConfigs (full of secrets, redacted on collection); os:reader does not.
    fleet = await startHealthyTalosVariants([
      { name: "sweep-admin", talosRole: "os:admin" },
      { name: "sweep-reader", talosRole: "os:reader" },
    ]);
    workers = await startWorkers({ count: 1, env: { LOTSE_LOG_LEVEL: "debug" } });

    for (const cluster of fleet.clusters) {
      const name = cluster.spec.name;
      const kubeconfig = await readFile(cluster.kubeconfigPath, "utf8");
      const talosconfig = await readFile(cluster.talosconfigPath!, "utf8");
      needles.push(
        ...kubeconfigSecrets({ name, text: kubeconfig }),
        ...talosconfigSecrets({ name, text: talosconfig }),
      );
      uploads.push(
        { name: `${name} kubeconfig`, text: kubeconfig },
        { name: `${name} talosconfig`, text: talosconfig },
      );
      needles.push(...machineConfigSecrets({ clusterName: name, seed: cluster.spec.seed }));
      await registerOne({ name, kubeconfig, talosconfig });
    }
    // A bearer-token kubeconfig too, so a token credential travels the same way.
    const first = fleet.clusters[0]!;
    const tokenKubeconfig = await first.kube.createKubeconfig({
      user: "lotse-reader",
      groups: ["lotse:readers"],
      auth: "token",
    });
    needles.push(...kubeconfigSecrets({ name: "sweep-token", text: tokenKubeconfig }));
    uploads.push({ name: "sweep-token kubeconfig", text: tokenKubeconfig });
    await registerOne({ name: "sweep-token", kubeconfig: tokenKubeconfig });
    // Lotse's own secrets: API tokens are stored hashed, the encryption key lives outside the database.
    for (const [role, token] of Object.entries(tokens)) needles.push({ label: `API token (${role})`, value: token });
    const keyFile = path.join(process.env.LOTSE_DATA_DIR!, "encryption.key");
    if (existsSync(keyFile))
      needles.push({ label: "credential encryption key", value: readFileSync(keyFile, "utf8").trim() });

    for (const [name, id] of ids) {
      record(
        `POST test connection ${name}`,
        await callRoute({ handler: testConnection, method: "POST", params: { id }, token: tokens.admin }),
      );
    }
    expect((await callRoute({ handler: collectFleet, method: "POST", token: tokens.engineer })).status).toBe(202);
    await waitFor(async () => (await getDb().evaluation.groupBy({ by: ["clusterId"] })).length === ids.size, {
      timeoutMs: 120_000,
      describe: async () =>
        `runs: ${JSON.stringify(await getDb().collectionRun.findMany({ select: { status: true, errorSummary: true } }))}`,
    });
    await workers.stop();

    const pack = record(
      "POST evidence pack",
      await callRoute({
        handler: createPack,
        method: "POST",
        token: tokens.auditor,
        body: { frameworks: ["cis-k8s", "iso-27001"] },
      }),
    );
    expect(pack.status, pack.text).toBe(201);
    ids.set("pack", (JSON.parse(pack.text) as { id: string }).id);
    await callEveryReadRoute();
  }, 240_000);

  afterAll(async () => {
    capture?.stop();
    await workers?.stop();
    await fleet?.close();
  });

  async function registerOne({
    name,
    kubeconfig,
    talosconfig,
  }: {
    name: string;
    kubeconfig: string;
    talosconfig?: string;
  }) {
    const answer = record(
      `POST /api/v1/clusters ${name}`,
      await callRoute({
        handler: createCluster,
        method: "POST",
        token: tokens.admin,
        body: { name, environment: "edge", kubeconfig, ...(talosconfig ? { talosconfig } : {}) },
      }),
    );
    expect(answer.status, answer.text).toBe(201);
    ids.set(name, (JSON.parse(answer.text) as { id: string }).id);
  }

  /** Every GET route the app has (found on disk), with real ids, as admin and as viewer. */
  async function callEveryReadRoute() {
    const clusterId = ids.get("sweep-admin")!;
    const run = await getDb().collectionRun.findFirstOrThrow({ where: { clusterId } });
    const node = fleet.clusters[0]!.manifest.talos!.nodes[0]!.name;
    const values: Record<string, Record<string, string>> = {
      "/api/v1/clusters/": { id: clusterId, frameworkId: "cis-k8s", node },
      "/api/v1/runs/": { id: run.id },
      "/api/v1/evidence-packs/": { id: ids.get("pack")! },
      "/api/v1/frameworks/": { frameworkId: "cis-k8s" },
    };
    for (const route of discoverApiRoutes({ appDir: path.resolve("app") })) {
      if (route.route.startsWith("/api/auth/")) continue;
      const routeModule = (await import(route.file)) as { GET?: Handler };
      if (!routeModule.GET) continue;
      const prefix = Object.keys(values).find((candidate) => route.route.startsWith(candidate));
      const params = Object.fromEntries(
        route.segments.map((segment) => [segment, values[prefix ?? ""]?.[segment] ?? ""]),
      );
      const url = route.route.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "");
      for (const [role, token] of [
        ["admin", tokens.admin],
        ["viewer", tokens.viewer],
      ] as const) {
        const answer = await callRoute({ handler: routeModule.GET, path: url, params, token });
        record(`GET ${url} as ${role}`, answer);
        if (route.route === "/api/v1/evidence-packs/[id]/download" && role === "admin") {
          expect(answer.status).toBe(200);
        }
      }
    }
    const { GET: download } = await import("@/app/api/v1/evidence-packs/[id]/download/route");
    const { NextRequest } = await import("next/server");
    const zip = await download(
      new NextRequest(new URL(`/api/v1/evidence-packs/${ids.get("pack")}/download`, "http://localhost:3000"), {
        headers: { authorization: `Bearer ${tokens.admin}` },
      }),
      { params: Promise.resolve({ id: ids.get("pack")! }) },
    );
    expect(zip.status).toBe(200);
    packZip = Buffer.from(await zip.arrayBuffer());
  }

  function packEntries(): Haystack[] {
    const dir = mkdtempSync(path.join(tmpdir(), "lotse-sweep-"));
    const file = path.join(dir, "pack.zip");
    writeFileSync(file, packZip);
    const out = path.join(dir, "pack");
    execFileSync("unzip", ["-q", file, "-d", out]);
    const entries: Haystack[] = [{ name: "evidence pack (zip bytes)", text: packZip.toString("latin1") }];
    const walk = (current: string): void => {
      for (const entry of readdirSync(current, { withFileTypes: true })) {
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) walk(full);
        else entries.push({ name: `evidence pack ${path.relative(out, full)}`, text: readFileSync(full, "utf8") });
      }
    };
    walk(out);
    // The PDF's text is deflated inside the file; read it as text where poppler is installed.
    const pdf = spawnSync("pdftotext", [path.join(out, "summary.pdf"), "-"], { encoding: "utf8" });
    if (pdf.status === 0) entries.push({ name: "evidence pack summary.pdf (text)", text: pdf.stdout });
    return entries;
  }

  it("finds no credential or MachineConfig secret in logs, API responses, the evidence pack or the database", async () => {
    const logs: Haystack[] = [
      ...capture!.lines.map((line, index) => ({ name: `web log line ${index + 1}`, text: line })),
      ...workers.workers.flatMap((worker) =>
        worker
          .output()
          .split("\n")
          .map((line, index) => ({ name: `${worker.name} log line ${index + 1}`, text: line })),
      ),
    ];
    const webLines = capture!.lines.length;
    const haystacks = [...logs, ...responses, ...packEntries(), ...(await dumpDatabaseRows())];
    const forms = needles.flatMap(searchableForms);

    // The sweep looks at real material: secrets were found to look for, logs were written, the
    // MachineConfigs were read (and redacted), and every kind of haystack is there.
    expect(needles.filter((needle) => needle.label.includes("MachineConfig")).length).toBe(20);
    expect(needles.some((needle) => needle.label.endsWith(".token"))).toBe(true);
    expect(logs.length).toBeGreaterThan(20);
    expect(responses.length).toBeGreaterThan(40);
    const snapshots = haystacks.filter((haystack) => haystack.name.startsWith("snapshot "));
    expect(snapshots.length).toBeGreaterThanOrEqual(3);
    expect(snapshots.some((snapshot) => snapshot.text.includes("[redacted]"))).toBe(true);
    expect(haystacks.find((haystack) => haystack.name === "table cluster_credentials")?.text.length).toBeGreaterThan(0);

    // The needles are the real thing: each credential secret is found, as read, in the file that was uploaded.
    for (const needle of needles.filter((candidate) => / (kube|talos)config /.test(candidate.label))) {
      const [asRead] = searchableForms(needle);
      expect(asRead && uploads.some((upload) => upload.text.includes(asRead.value)), needle.label).toBe(true);
    }

    const hits: string[] = [];
    for (const haystack of haystacks) {
      for (const form of forms) if (haystack.text.includes(form.value)) hits.push(`${form.label} in ${haystack.name}`);
    }
    console.info(
      `secrets sweep: ${needles.length} secrets (${forms.length} searchable forms) × ${haystacks.length} haystacks ` +
        `(${logs.length} log lines of which ${webLines} from the web process, ${responses.length} API responses, ${haystacks.length - logs.length - responses.length} pack entries / tables / snapshots) ` +
        `= ${forms.length * haystacks.length} searches, ${hits.length} hits`,
    );
    expect([...new Set(hits)]).toEqual([]);
  });
});
