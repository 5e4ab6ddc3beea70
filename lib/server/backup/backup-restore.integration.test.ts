import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectFleet } from "@/app/api/v1/fleet/collect/route";
import { GET as packRoute } from "@/app/api/v1/evidence-packs/[id]/route";
import { POST as createPackRoute } from "@/app/api/v1/evidence-packs/route";
import { credentialAad } from "@/lib/server/clusters/prepare-credentials";
import { decryptCredential } from "@/lib/server/credentials/decrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { verifyEvidencePack } from "@/lib/server/evidence/verify-evidence-pack";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { EvidencePackView } from "@/lib/shared/evidence-pack-view";
import type { Fleet } from "@/lib/sim/fleet";
import { loadDemoGroups } from "@/lib/sim/scenario/testing/load-demo-groups";
import { createBackup } from "./create-backup";
import { restoreBackup, RestoreRefusedError } from "./restore-backup";

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n);
    }
    return counts;
  });
}

// One simulated cluster collected and evaluated by a real worker, an evidence pack built through the
// API; then Lotse is backed up while it holds that history, restored into a fresh database and data
// directory, and the old pack still verifies against the restored signing key.
describe("backing up and restoring Lotse", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let work: string;
  let restoreUrl: string;
  /** The pack built in this test (the suite's data directory may hold packs of other tests too). */
  let packFileName: string;
  const sourceUrl = () => process.env.DATABASE_URL!;

  beforeAll(async () => {
    await resetDatabase();
    const tokens = await tokensByRole();
    work = mkdtempSync(path.join(tmpdir(), "lotse-backup-"));
    fleet = await startSimFleet({ scenario: await loadDemoGroups({ groups: ["edge-{n:02}"] }) });
    workers = await startWorkers({ count: 1 });
    await registerSimFleet({ fleet, adminToken: tokens.admin });
    expect((await callRoute({ handler: collectFleet, method: "POST", token: tokens.engineer })).status).toBe(202);
    await waitFor(async () => (await getDb().evaluation.count()) > 0, {
      timeoutMs: 90_000,
      describe: () => `worker output:\n${workers.workers[0]?.output() ?? ""}`,
    });
    await workers.stop();
    const created = await callRoute({
      handler: createPackRoute,
      method: "POST",
      path: "/api/v1/evidence-packs",
      token: tokens.auditor,
      body: { frameworks: ["cis-k8s"] },
    });
    expect(created.status).toBe(201);
    const id = (created.json as { id: string }).id;
    packFileName = `evidence/${id}.zip`;
    const pack = (await callRoute({ handler: packRoute, params: { id }, token: tokens.admin }))
      .json as EvidencePackView;
    expect(pack.status, pack.error ?? "").toBe("ready");

    // An empty database beside the test's own one, migrated like a fresh install.
    const name = `lotse_restore_${randomBytes(4).toString("hex")}`;
    await withClient(sourceUrl(), (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(sourceUrl());
    url.pathname = `/${name}`;
    restoreUrl = url.toString();
    execFileSync("npm", ["run", "--silent", "db:migrate:deploy"], {
      env: { ...process.env, DATABASE_URL: restoreUrl },
      stdio: "pipe",
    });
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
    if (restoreUrl) {
      const name = new URL(restoreUrl).pathname.slice(1);
      await withClient(sourceUrl(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });

  it("restores every row and pack; the old pack verifies and the credentials decrypt with the backed-up key", async () => {
    const dataDir = process.env.LOTSE_DATA_DIR!;
    const backupDir = path.join(work, "backup");
    const manifest = await createBackup({ databaseUrl: sourceUrl(), dataDir, outDir: backupDir });
    expect(manifest.evidencePacks.map((pack) => pack.file)).toContain(packFileName);
    expect(manifest.tables.find((table) => table.name === "finding_states")!.rows).toBeGreaterThan(0);
    // The key is not in the backup; the operator keeps it separately.
    const key = readFileSync(path.join(dataDir, "encryption.key"), "utf8").trim();
    const grep = spawnSync("grep", ["-rlF", key, backupDir], { encoding: "utf8" });
    expect(grep.stdout, "files of the backup holding the encryption key").toBe("");
    expect(grep.status).toBe(1);

    const restoredDir = path.join(work, "restored-data");
    const result = await restoreBackup({
      databaseUrl: restoreUrl,
      dataDir: restoredDir,
      inDir: backupDir,
      env: { LOTSE_ENCRYPTION_KEY: key },
    });
    expect(result.missingKeyIds).toEqual([]);
    expect(await countRows(restoreUrl)).toEqual(await countRows(sourceUrl()));

    // The old pack, from the restored data directory, verifies with the restored public key.
    const [signing] = await withClient(
      restoreUrl,
      async (client) =>
        (await client.query<{ publicKeyPem: string }>(`SELECT "publicKeyPem" FROM evidence_signing_keys`)).rows,
    );
    const packFile = path.join(restoredDir, packFileName);
    const verified = await verifyEvidencePack({ zipPath: packFile, publicKeyPem: signing!.publicKeyPem });
    expect(verified.isValid, JSON.stringify(verified.checks)).toBe(true);

    // A stored credential decrypts from the restored database with the backed-up key.
    const [credential] = await withClient(
      restoreUrl,
      async (client) =>
        (
          await client.query<{ clusterId: string; keyId: string; ciphertext: Buffer }>(
            `SELECT "clusterId", "keyId", ciphertext FROM cluster_credentials WHERE kind = 'kubeconfig' LIMIT 1`,
          )
        ).rows,
    );
    const keys = await loadEncryptionKeys({ dataDir: restoredDir, env: { LOTSE_ENCRYPTION_KEY: key } });
    const kubeconfig = decryptCredential({
      keyId: credential!.keyId,
      ciphertext: credential!.ciphertext,
      aad: credentialAad({ clusterId: credential!.clusterId, kind: "kubeconfig" }),
      keys,
    });
    expect(kubeconfig).toContain("apiVersion");

    // Restoring again is refused: the database is no longer empty.
    await expect(
      restoreBackup({
        databaseUrl: restoreUrl,
        dataDir: restoredDir,
        inDir: backupDir,
        env: { LOTSE_ENCRYPTION_KEY: key },
      }),
    ).rejects.toThrow(/not empty/);
  });

  it("refuses a backup whose files were altered, before writing anything", async () => {
    const backupDir = path.join(work, "tampered");
    const manifest = await createBackup({
      databaseUrl: sourceUrl(),
      dataDir: process.env.LOTSE_DATA_DIR!,
      outDir: backupDir,
    });
    const table = manifest.tables.find((item) => item.rows > 0)!;
    const file = path.join(backupDir, table.file);
    writeFileSync(file, readFileSync(file, "utf8").replace(/"/, "'"));
    const error = await restoreBackup({
      databaseUrl: restoreUrl,
      dataDir: path.join(work, "x"),
      inDir: backupDir,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toBe(`${table.file} does not match its SHA-256 in the manifest`);
  });
});
