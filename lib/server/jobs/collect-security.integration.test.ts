import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectAll } from "@/app/api/v1/fleet/collect/route";
import { GET as getRun } from "@/app/api/v1/runs/[id]/route";
import type { CollectionRequestView, RunView } from "@/lib/shared/run-view";
import { decodeSnapshot, type StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { createTalosClient } from "@/lib/server/collect/talos/create-talos-client";
import { parseTalosconfig } from "@/lib/server/credentials/parse-talosconfig";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { registerSimFleet, startHealthyTalosVariants } from "./testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "./testing/worker-processes";
import { waitFor } from "./testing/wait-for";

/** Every string under a key that names a secret (key, token, secret, passphrase), long enough to search for. */
function secretValues(node: unknown, out: string[] = [], key = ""): string[] {
  if (typeof node === "string") {
    if (/(^|[^a-z])(key|token|secret|passphrase)/i.test(key) && !/crt|cert/i.test(key) && node.length >= 16)
      out.push(node);
  } else if (Array.isArray(node)) node.forEach((item) => secretValues(item, out, key));
  else if (node && typeof node === "object") {
    for (const [name, value] of Object.entries(node)) secretValues(value, out, name);
  }
  return out;
}

/** A secret and, for base64 PEM, each long line of the decoded PEM. */
function searchableForms(secret: string): string[] {
  const decoded = /^[A-Za-z0-9+/=]+$/.test(secret) ? Buffer.from(secret, "base64").toString("utf8") : "";
  const lines = decoded.includes("-----BEGIN")
    ? decoded.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"))
    : [];
  return [secret, ...lines];
}

describe("what a collection stores, and what it never asks for", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;
  const runs = new Map<string, RunView>();
  const snapshots = new Map<string, StoredSnapshot>();

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    fleet = await startHealthyTalosVariants([
      { name: "admin-talos", talosRole: "os:admin" },
      { name: "reader-talos", talosRole: "os:reader" },
    ]);
    workers = await startWorkers({ count: 1 });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    const started = (await callRoute({ handler: collectAll, method: "POST", token: tokens.engineer })).json as {
      runs: CollectionRequestView[];
    };
    for (const [name, id] of ids) {
      const runId = started.runs.find((entry) => entry.clusterId === id)!.runId;
      const run = await waitFor(
        async () => {
          const current = (await callRoute({ handler: getRun, params: { id: runId }, token: tokens.viewer }))
            .json as RunView;
          return ["succeeded", "partial", "failed"].includes(current.status) && current;
        },
        { timeoutMs: 60_000, describe: () => `run of ${name} did not finish` },
      );
      runs.set(name, run);
      const row = await getDb().snapshot.findUniqueOrThrow({ where: { hash: run.snapshotHash! } });
      snapshots.set(name, decodeSnapshot(row));
    }
  });

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("lists Secrets only as metadata and never asks for one by name", () => {
    for (const cluster of fleet.clusters) {
      const secretRequests = cluster.kube.requestLog.filter((entry) => /\/secrets(\/|$)/.test(entry.path));
      expect(secretRequests.length, cluster.spec.name).toBeGreaterThan(0);
      for (const request of secretRequests) {
        expect(request.method).toBe("GET");
        expect(request.path).toMatch(/\/secrets$/);
        expect(request.accept).toContain("as=PartialObjectMetadataList");
      }
    }
  });

  it("reads the MachineConfig with an os:admin credential but stores none of its secrets", async () => {
    const run = runs.get("admin-talos")!;
    expect(run.status).toBe("succeeded");
    const snapshot = snapshots.get("admin-talos")!;
    expect(snapshot.talos?.credential.canReadSensitive).toBe(true);

    const manifest = fleet.manifest.clusters.find((cluster) => cluster.name === "admin-talos")!;
    const { material } = parseTalosconfig({ text: await readFile(manifest.talos!.talosconfig, "utf8") });
    const client = createTalosClient({ context: material, timeoutMs: 5_000 });
    const secrets: string[] = [];
    try {
      for (const node of manifest.talos!.nodes) {
        const resource = await client.getResource<string>({
          node: node.ip,
          namespace: "config",
          type: "MachineConfigs.config.talos.dev",
          id: "v1alpha1",
        });
        for (const document of parseAllDocuments(resource.spec)) secretValues(document.toJS(), secrets);
      }
    } finally {
      client.close();
    }
    expect(secrets.length).toBeGreaterThanOrEqual(8);

    for (const node of snapshot.talos!.nodes) expect(node.machineConfig.data, node.node).not.toBeNull();
    const stored = JSON.stringify(snapshot);
    expect(stored).toContain("[redacted]");
    for (const secret of secrets) for (const form of searchableForms(secret)) expect(stored).not.toContain(form);
    // Nor anything of the credential Lotse used.
    expect(stored).not.toContain(
      material.key.split("\n").find((line) => line.length > 20 && !line.startsWith("-----")),
    );
  });

  it("with os:reader still reads kube-apiserver flags, SecurityState, kernel params and cmdline", () => {
    const run = runs.get("reader-talos")!;
    // Parts an os:reader may not read are recorded as such, and do not make the run partial.
    expect(run.status).toBe("succeeded");
    expect(run.errors?.notReadableWithCredential).toBeGreaterThan(0);

    const snapshot = snapshots.get("reader-talos")!;
    expect(snapshot.talos?.credential.roles).toEqual(["os:reader"]);
    const nodes = snapshot.talos!.nodes;
    const controlPlane = nodes.find((node) => node.machineType.data === "controlplane")!;
    expect(controlPlane).toBeDefined();
    const apiServer = controlPlane.staticPods.data?.find((pod) => pod.component === "kube-apiserver");
    expect(Object.keys(apiServer?.flags ?? {})).toContain("tls-min-version");
    for (const node of nodes) {
      expect(node.securityState.data, node.node).not.toBeNull();
      expect(node.kernelParams.data?.length, node.node).toBeGreaterThan(10);
      expect(node.kernelCmdline.data, node.node).not.toBeNull();
      expect(node.machineConfig.data).toBeNull();
      expect(node.machineConfig.errors).toEqual([
        expect.objectContaining({
          kind: "forbidden",
          message: expect.stringMatching(/not readable with this credential/),
        }),
      ]);
    }
  });
});
