// The cluster registry through its real route handlers and a real PostgreSQL: what each role may
// see and do, the audit trail, conflicts and unknown ids, re-encryption on PATCH, and the promise
// that no key material is stored in the clear or ever answered.
import { randomUUID, X509Certificate } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { mintSessionCookie } from "@/lib/server/testing/mint-session-cookie";
import { GET as getClusterRoute } from "@/app/api/v1/clusters/[id]/route";
import type { Role } from "@/lib/shared/roles";
import type { ClusterSummaryView, ClusterView } from "@/lib/shared/cluster-view";
import { readEnv } from "@/lib/server/config/read-env";
import { decryptCredential } from "@/lib/server/credentials/decrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import {
  buildTestKubeconfig,
  createKubePki,
  toYaml,
  type KubePki,
} from "@/lib/server/credentials/testing/build-test-kubeconfig";
import { base64, toTalosKeyLabel, toTraditionalKeyPem } from "@/lib/server/credentials/testing/create-test-pki";
import {
  buildTestTalosconfig,
  createTalosPki,
  type TalosPki,
} from "@/lib/server/credentials/testing/build-test-talosconfig";
import { credentialAad } from "./prepare-credentials";
import { readClusterCredential } from "./read-cluster-credential";
import {
  createCluster,
  deleteCluster,
  getCluster,
  listClusters,
  patchCluster,
  testCluster,
  type ErrorBody,
  type RouteAnswer,
} from "./testing/cluster-routes";
import { findSecretLeaks, secretFormsOfCredential, type SecretForms } from "./testing/find-secret-leaks";
import {
  simKubeconfig,
  simTalosconfig,
  startSimKube,
  startSimTalos,
  stopSimEndpoints,
} from "./testing/start-sim-endpoints";

let kubePki: KubePki;
let otherKubePki: KubePki;
let talosPki: TalosPki;
let tokens: Record<Role, string>;

beforeAll(async () => {
  [kubePki, otherKubePki, talosPki] = await Promise.all([createKubePki(), createKubePki(), createTalosPki()]);
});

beforeEach(async () => {
  await resetDatabase();
  tokens = await tokensByRole();
});

afterEach(stopSimEndpoints);

const SUMMARY_KEYS = [
  "collection",
  "createdAt",
  "environment",
  "id",
  "labels",
  "name",
  "schedule",
  "site",
  "updatedAt",
];

function clusterBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "edge-berlin-1",
    environment: "edge",
    site: "Berlin",
    labels: { team: "platform" },
    kubeconfig: toYaml(buildTestKubeconfig({ pki: kubePki })),
    talosconfig: toYaml(buildTestTalosconfig({ pki: talosPki })),
    ...overrides,
  };
}

async function registered(overrides: Record<string, unknown> = {}): Promise<ClusterView> {
  const answer = await createCluster({ token: tokens.admin, body: clusterBody(overrides) });
  expect(answer.status).toBe(201);
  return answer.json as ClusterView;
}

async function credentialRows(clusterId: string) {
  const rows = await getDb().clusterCredential.findMany({ where: { clusterId }, orderBy: { kind: "asc" } });
  return rows.map((row) => ({ kind: row.kind, keyId: row.keyId, ciphertext: Buffer.from(row.ciphertext) }));
}

function errorOf(answer: RouteAnswer): ErrorBody["error"] {
  return (answer.json as ErrorBody).error;
}

describe("registering a cluster", () => {
  it("answers 201 with safe metadata: server, endpoints, contexts, certificate subjects, roles and expiries", async () => {
    const answer = await createCluster({ token: tokens.admin, body: clusterBody() });
    expect(answer.status).toBe(201);
    const view = answer.json as ClusterView;
    const kubeClient = new X509Certificate(kubePki.client.certPem);
    const talosClient = new X509Certificate(talosPki.client.certPem);
    expect(view).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "edge-berlin-1",
      environment: "edge",
      site: "Berlin",
      labels: { team: "platform" },
      schedule: "0 * * * *",
      kubernetes: {
        server: "https://10.0.0.1:6443",
        context: "prod",
        contexts: ["prod"],
        authKind: "client-certificate",
        clientCertificate: {
          commonName: "lotse-reader",
          organizations: ["lotse:readers"],
          keyAlgorithm: "ECDSA P-256",
          notAfter: kubeClient.validToDate.toISOString(),
          notBefore: kubeClient.validFromDate.toISOString(),
          fingerprintSha256: kubeClient.fingerprint256,
        },
        certificateAuthority: [{ commonName: "kubernetes" }],
      },
      talos: {
        endpoints: ["10.0.0.10", "10.0.0.11:50000"],
        nodes: ["10.0.0.10"],
        context: "prod",
        contexts: ["prod"],
        roles: ["os:reader"],
        clientCertificate: {
          commonName: "lotse",
          organizations: ["os:reader"],
          keyAlgorithm: "Ed25519",
          notAfter: talosClient.validToDate.toISOString(),
        },
        certificateAuthority: [{ commonName: "talos" }],
      },
    });
    const earliest = [kubeClient.validToDate, talosClient.validToDate].sort((a, b) => a.getTime() - b.getTime())[0];
    expect(view.credentialsExpireAt).toBe(earliest?.toISOString());

    const rows = await credentialRows(view.id);
    expect(rows.map((row) => row.kind)).toEqual(["kubeconfig", "talosconfig"]);
    expect(rows.every((row) => /^[0-9a-f]{16}$/.test(row.keyId))).toBe(true);
    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.create" } });
    expect(audit).toMatchObject([
      {
        actorLabel: "token:test-admin",
        outcome: "success",
        targetType: "cluster",
        targetId: view.id,
        details: { name: "edge-berlin-1", hasTalos: true },
      },
    ]);
  });

  it.each([
    { name: "rsa-pkcs1", algorithm: "rsa", label: "RSA PRIVATE KEY", keyAlgorithm: "RSA 2048" },
    { name: "ecdsa-sec1", algorithm: "ecdsa", label: "EC PRIVATE KEY", keyAlgorithm: "ECDSA P-256" },
    { name: "ed25519-talos-label", algorithm: "ed25519", label: "ED25519 PRIVATE KEY", keyAlgorithm: "Ed25519" },
  ] as const)("accepts a $label client key in the kubeconfig ($keyAlgorithm)", async (variant) => {
    const pki = await createKubePki({ algorithm: variant.algorithm });
    const keyPem =
      variant.algorithm === "ed25519" ? toTalosKeyLabel(pki.client.keyPem) : toTraditionalKeyPem(pki.client.keyPem);
    expect(keyPem).toContain(`-----BEGIN ${variant.label}-----`);
    const view = await registered({
      name: variant.name,
      kubeconfig: toYaml(buildTestKubeconfig({ pki, keyPem })),
    });
    expect(view.kubernetes.clientCertificate?.keyAlgorithm).toBe(variant.keyAlgorithm);
  });

  it("accepts a talosconfig whose Ed25519 key carries Talos' ED25519 PRIVATE KEY label", async () => {
    expect(talosPki.keyPem).toContain("-----BEGIN ED25519 PRIVATE KEY-----");
    const view = await registered();
    expect(view.talos?.clientCertificate.keyAlgorithm).toBe("Ed25519");
    expect(await readClusterCredential({ clusterId: view.id, kind: "talosconfig" })).toContain(base64(talosPki.keyPem));
  });

  it("refuses a second cluster with the same name with 409 and stores nothing more", async () => {
    await registered();
    const again = await createCluster({ token: tokens.admin, body: clusterBody({ environment: "cloud" }) });
    expect(again.status).toBe(409);
    expect(errorOf(again)).toEqual({
      code: "conflict",
      message: 'A cluster named "edge-berlin-1" is already registered.',
    });
    expect(await getDb().cluster.count()).toBe(1);
    expect(await getDb().clusterCredential.count()).toBe(2);
    expect(await getDb().auditEvent.count({ where: { action: "cluster.create" } })).toBe(1);
  });

  it("answers two simultaneous registrations of one name with one 201 and one 409", async () => {
    const answers = await Promise.all(
      [0, 1, 2].map(() => createCluster({ token: tokens.admin, body: clusterBody({}) })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect(await getDb().cluster.count()).toBe(1);
  });
});

describe("who may read and change clusters", () => {
  it("admin, engineer and auditor read credential metadata; a viewer sees names and placement only", async () => {
    const view = await registered();
    for (const role of ["admin", "engineer", "auditor"] as const) {
      const list = await listClusters({ token: tokens[role] });
      expect(list.status).toBe(200);
      expect((list.json as { items: ClusterView[] }).items).toEqual([view]);
      const one = await getCluster({ token: tokens[role], id: view.id });
      expect({ role, status: one.status, json: one.json }).toEqual({ role, status: 200, json: view });
    }
    const viewerList = await listClusters({ token: tokens.viewer });
    const viewerOne = await getCluster({ token: tokens.viewer, id: view.id });
    for (const answer of [viewerList, viewerOne]) {
      expect(answer.status).toBe(200);
      for (const leaked of [
        "10.0.0.1",
        "lotse-reader",
        "os:reader",
        view.kubernetes.clientCertificate!.fingerprintSha256,
      ])
        expect(answer.text).not.toContain(leaked);
    }
    const [item] = (viewerList.json as { items: ClusterSummaryView[] }).items;
    expect(Object.keys(item ?? {}).sort()).toEqual(SUMMARY_KEYS);
    expect(Object.keys(viewerOne.json as object).sort()).toEqual(SUMMARY_KEYS);
    expect(item).toMatchObject({ id: view.id, name: "edge-berlin-1", environment: "edge", site: "Berlin" });
  });

  it("audit-logs each look at one cluster's credential metadata, but not a viewer's read or the list", async () => {
    const view = await registered();
    const browser = await mintSessionCookie({ role: "admin", email: "ada@example.org" });
    for (const role of ["admin", "engineer", "auditor"] as const) {
      expect((await getCluster({ token: tokens[role], id: view.id })).status).toBe(200);
    }
    // Settings → Clusters → edit loads the cluster with the browser's session, as the page does.
    const bySession = await callRoute({
      handler: getClusterRoute,
      path: `/api/v1/clusters/${view.id}`,
      params: { id: view.id },
      headers: { cookie: browser.cookie },
    });
    expect(bySession.status).toBe(200);
    expect((await getCluster({ token: tokens.viewer, id: view.id })).status).toBe(200);
    expect((await listClusters({ token: tokens.admin })).status).toBe(200);
    expect((await getCluster({ token: tokens.admin, id: randomUUID() })).status).toBe(404);

    const tokenIds = Object.fromEntries(
      (await getDb().apiToken.findMany()).map((token) => [token.name, token.id] as const),
    );
    const views = await getDb().auditEvent.findMany({
      where: { action: "cluster.credentials.view" },
      orderBy: { id: "asc" },
    });
    const expected = (actor: { actorType: string; actorId: string | undefined; actorLabel: string }) => ({
      ...actor,
      outcome: "success",
      targetType: "cluster",
      targetId: view.id,
      details: { name: "edge-berlin-1" },
    });
    expect(views).toMatchObject([
      expected({ actorType: "token", actorId: tokenIds["test-admin"], actorLabel: "token:test-admin" }),
      expected({ actorType: "token", actorId: tokenIds["test-engineer"], actorLabel: "token:test-engineer" }),
      expected({ actorType: "token", actorId: tokenIds["test-auditor"], actorLabel: "token:test-auditor" }),
      expected({ actorType: "user", actorId: browser.userId, actorLabel: "ada@example.org" }),
    ]);
  });

  it("answers 401 to anonymous callers on every route", async () => {
    const { id } = await registered();
    const answers = await Promise.all([
      listClusters({}),
      createCluster({ body: clusterBody({ name: "other" }) }),
      getCluster({ id }),
      patchCluster({ id, body: { site: "Paris" } }),
      deleteCluster({ id }),
      testCluster({ id }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(errorOf(answer)).toEqual({ code: "unauthorized", message: "Sign in or send an API token." });
    }
    expect(await getDb().cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({ site: "Berlin" });
  });

  it("lets only admins create, change and delete (403 otherwise, audit-logged as denied)", async () => {
    const { id } = await registered();
    for (const role of ["engineer", "auditor", "viewer"] as const) {
      const token = tokens[role];
      const answers = [
        await createCluster({ token, body: clusterBody({ name: `by-${role}` }) }),
        await patchCluster({ token, id, body: { site: "Paris" } }),
        await deleteCluster({ token, id }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(403);
        expect(errorOf(answer)).toEqual({ code: "forbidden", message: `Your role (${role}) may not do this.` });
      }
    }
    expect(await getDb().cluster.count()).toBe(1);
    expect(await getDb().cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({ site: "Berlin" });
    for (const action of ["cluster.create", "cluster.update", "cluster.delete"]) {
      const denied = await getDb().auditEvent.findMany({ where: { action, outcome: "denied" } });
      expect(denied.map((event) => event.actorLabel).sort()).toEqual([
        "token:test-auditor",
        "token:test-engineer",
        "token:test-viewer",
      ]);
    }
  });

  it("lets admins and engineers test the connection; auditors and viewers get 403", async () => {
    const { id } = await registered();
    for (const role of ["auditor", "viewer"] as const) {
      const answer = await testCluster({ token: tokens[role], id });
      expect(answer.status).toBe(403);
    }
    expect(await getDb().auditEvent.count({ where: { action: "cluster.test-connection", outcome: "denied" } })).toBe(2);
  });

  it("answers 404 to an id that is not a UUID and to one that does not exist", async () => {
    await registered();
    for (const id of ["not-a-uuid", "1", randomUUID()]) {
      const answers = [
        await getCluster({ token: tokens.admin, id }),
        await patchCluster({ token: tokens.admin, id, body: { site: "Paris" } }),
        await deleteCluster({ token: tokens.admin, id }),
        await testCluster({ token: tokens.admin, id }),
      ];
      for (const answer of answers) {
        expect({ id, status: answer.status, code: errorOf(answer).code }).toEqual({
          id,
          status: 404,
          code: "not_found",
        });
      }
    }
    expect(errorOf(await getCluster({ token: tokens.admin, id: randomUUID() })).message).toBe("No such cluster.");
    expect(errorOf(await getCluster({ token: tokens.admin, id: "not-a-uuid" }))).toMatchObject({
      message: "id: not a valid id",
      details: { field: "id" },
    });
    expect(await getDb().cluster.count()).toBe(1);
  });
});

describe("changing a cluster", () => {
  it("updates metadata, validates the schedule, and audit-logs the change", async () => {
    const { id } = await registered();
    const changed = await patchCluster({
      token: tokens.admin,
      id,
      body: {
        name: "edge-berlin-2",
        environment: "on-prem",
        site: null,
        labels: { tier: "gold" },
        schedule: "*/15 * * * *",
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      id,
      name: "edge-berlin-2",
      environment: "on-prem",
      site: null,
      labels: { tier: "gold" },
      schedule: "*/15 * * * *",
      kubernetes: { server: "https://10.0.0.1:6443" },
    });
    for (const schedule of ["every hour", "61 * * * *", "* * * *", "0 * * * * *"]) {
      const refused = await patchCluster({ token: tokens.admin, id, body: { schedule } });
      expect({ schedule, status: refused.status }).toEqual({ schedule, status: 400 });
      expect(errorOf(refused)).toMatchObject({
        code: "bad_request",
        message: expect.stringMatching(/^schedule: must be a 5-field cron expression/),
        details: { field: "schedule" },
      });
    }
    expect(await getDb().cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({ schedule: "*/15 * * * *" });
    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.update" } });
    expect(audit).toMatchObject([
      {
        outcome: "success",
        targetId: id,
        details: {
          name: "edge-berlin-2",
          fields: "name,environment,site,labels,schedule",
          kubeconfigReplaced: false,
          talosconfigReplaced: false,
          talosconfigRemoved: false,
        },
      },
    ]);
  });

  it("refuses renaming onto another cluster's name with 409", async () => {
    await registered();
    const { id } = await registered({ name: "edge-paris-1" });
    const answer = await patchCluster({ token: tokens.admin, id, body: { name: "edge-berlin-1" } });
    expect(answer.status).toBe(409);
    expect(errorOf(answer).message).toBe('A cluster named "edge-berlin-1" is already registered.');
    expect(await getDb().cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "edge-paris-1" });
  });

  it("re-encrypts a replaced kubeconfig: new ciphertext, bound to this cluster and kind", async () => {
    const { id } = await registered();
    const other = await registered({ name: "edge-paris-1" });
    const [kubeBefore, talosBefore] = await credentialRows(id);
    const newKubeconfig = toYaml(buildTestKubeconfig({ pki: otherKubePki, server: "https://10.0.0.2:6443" }));
    const answer = await patchCluster({ token: tokens.admin, id, body: { kubeconfig: newKubeconfig } });
    expect(answer.status).toBe(200);
    expect((answer.json as ClusterView).kubernetes).toMatchObject({
      server: "https://10.0.0.2:6443",
      clientCertificate: { fingerprintSha256: new X509Certificate(otherKubePki.client.certPem).fingerprint256 },
    });

    const [kubeAfter, talosAfter] = await credentialRows(id);
    expect(kubeAfter!.ciphertext.equals(kubeBefore!.ciphertext)).toBe(false);
    expect(kubeAfter!.ciphertext.subarray(0, 12).equals(kubeBefore!.ciphertext.subarray(0, 12))).toBe(false);
    expect(talosAfter).toEqual(talosBefore);

    const env = readEnv();
    const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
    const decrypt = (clusterId: string, kind: "kubeconfig" | "talosconfig") =>
      decryptCredential({
        keyId: kubeAfter!.keyId,
        ciphertext: kubeAfter!.ciphertext,
        aad: credentialAad({ clusterId, kind }),
        keys,
      });
    expect(decrypt(id, "kubeconfig")).toContain("server: https://10.0.0.2:6443");
    expect(() => decrypt(other.id, "kubeconfig")).toThrow();
    expect(() => decrypt(id, "talosconfig")).toThrow();

    // A ciphertext copied into another cluster's row is useless there.
    await getDb().$executeRaw`UPDATE cluster_credentials SET ciphertext = ${new Uint8Array(kubeAfter!.ciphertext)}
      WHERE "clusterId" = ${other.id} AND kind = 'kubeconfig'`;
    await expect(readClusterCredential({ clusterId: other.id, kind: "kubeconfig" })).rejects.toThrow();
    expect(await readClusterCredential({ clusterId: id, kind: "kubeconfig" })).toContain("https://10.0.0.2:6443");

    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "cluster.update" } });
    expect(audit.details).toMatchObject({ fields: "kubeconfig", kubeconfigReplaced: true, talosconfigReplaced: false });
  });

  it("uploading the same file again still writes a fresh ciphertext", async () => {
    const body = clusterBody();
    const { id } = await registered();
    const [before] = await credentialRows(id);
    expect((await patchCluster({ token: tokens.admin, id, body: { kubeconfig: body.kubeconfig } })).status).toBe(200);
    const [after] = await credentialRows(id);
    expect(after!.ciphertext.equals(before!.ciphertext)).toBe(false);
  });

  it("replaces and removes the talosconfig; contexts change only together with their file", async () => {
    const { id } = await registered();
    const contextOnly = await patchCluster({ token: tokens.admin, id, body: { kubeContext: "prod" } });
    expect(contextOnly.status).toBe(400);
    expect(errorOf(contextOnly).message).toBe("kubeContext can only be changed together with a kubeconfig.");

    const replaced = await patchCluster({
      token: tokens.admin,
      id,
      body: { talosconfig: toYaml(buildTestTalosconfig({ pki: talosPki, endpoints: ["10.0.0.20"] })) },
    });
    expect((replaced.json as ClusterView).talos?.endpoints).toEqual(["10.0.0.20"]);

    const removed = await patchCluster({ token: tokens.admin, id, body: { talosconfig: null } });
    expect(removed.status).toBe(200);
    expect((removed.json as ClusterView).talos).toBeNull();
    expect((await credentialRows(id)).map((row) => row.kind)).toEqual(["kubeconfig"]);
    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.update" }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.details)).toMatchObject([
      { talosconfigReplaced: true, talosconfigRemoved: false },
      { talosconfigReplaced: false, talosconfigRemoved: true },
    ]);
  });
});

describe("deleting a cluster", () => {
  it("answers 204, removes its credentials with it, and audit-logs the deletion", async () => {
    const { id } = await registered();
    const kept = await registered({ name: "edge-paris-1" });
    const answer = await deleteCluster({ token: tokens.admin, id });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe("");
    expect((await getCluster({ token: tokens.admin, id })).status).toBe(404);
    expect(await getDb().clusterCredential.count({ where: { clusterId: id } })).toBe(0);
    expect(await getDb().clusterCredential.count({ where: { clusterId: kept.id } })).toBe(2);
    expect((await deleteCluster({ token: tokens.admin, id })).status).toBe(404);
    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.delete" } });
    expect(audit).toMatchObject([{ outcome: "success", targetId: id, details: { name: "edge-berlin-1" } }]);
  });
});

describe("key material", () => {
  it("is never stored in the clear and never answered", async () => {
    const kube = await startSimKube();
    const talos = await startSimTalos();
    const certificateKubeconfig = await simKubeconfig(kube);
    const tokenKubeconfig = await simKubeconfig(kube, { user: "lotse-token", auth: "token" });
    const talosconfig = await simTalosconfig(talos);
    const replacementTalosconfig = await simTalosconfig(talos, { commonName: "lotse-2" });
    const secrets: SecretForms[] = [certificateKubeconfig, tokenKubeconfig, talosconfig, replacementTalosconfig].map(
      (yaml) => secretFormsOfCredential({ yaml }),
    );
    expect(talosconfig).toContain(Buffer.from("-----BEGIN ED25519 PRIVATE KEY-----").toString("base64").slice(0, 24));

    const answers: RouteAnswer[] = [];
    const call = async (answer: Promise<RouteAnswer>) => {
      const done = await answer;
      answers.push(done);
      return done;
    };
    const withCertificate = await call(
      createCluster({
        token: tokens.admin,
        body: { name: "sim-a", environment: "cloud", kubeconfig: certificateKubeconfig, talosconfig },
      }),
    );
    const withToken = await call(
      createCluster({
        token: tokens.admin,
        body: { name: "sim-b", environment: "cloud", kubeconfig: tokenKubeconfig },
      }),
    );
    expect([withCertificate.status, withToken.status]).toEqual([201, 201]);
    const a = (withCertificate.json as ClusterView).id;
    const b = (withToken.json as ClusterView).id;
    expect((withToken.json as ClusterView).kubernetes.authKind).toBe("token");
    for (const role of ["admin", "engineer", "auditor", "viewer"] as const) {
      await call(listClusters({ token: tokens[role] }));
      await call(getCluster({ token: tokens[role], id: a }));
      await call(getCluster({ token: tokens[role], id: b }));
    }
    await call(patchCluster({ token: tokens.admin, id: a, body: { talosconfig: replacementTalosconfig } }));
    await call(patchCluster({ token: tokens.admin, id: b, body: { kubeconfig: tokenKubeconfig, site: "lab" } }));
    const tested = [
      await call(testCluster({ token: tokens.admin, id: a })),
      await call(testCluster({ token: tokens.engineer, id: b })),
    ];
    // The tests really used the decrypted credentials, so the material was there to leak.
    expect(tested.map((answer) => answer.json)).toMatchObject([
      { kubernetes: { ok: true }, talos: { ok: true } },
      { kubernetes: { ok: true }, talos: null },
    ]);
    expect(answers).toHaveLength(18);

    for (const [index, answer] of answers.entries()) {
      expect({ index, leaks: findSecretLeaks({ haystack: answer.text, secrets }) }).toEqual({ index, leaks: [] });
    }

    // Every row of every table, as PostgreSQL renders it (bytea as hex), and the raw ciphertext bytes.
    const tables = await getDb().$queryRaw<{ name: string }[]>`
      SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    expect(tables.map((table) => table.name)).toContain("cluster_credentials");
    for (const { name } of tables) {
      const rows = await getDb().$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "public"."${name}" t`,
      );
      for (const { row } of rows)
        expect({ name, leaks: findSecretLeaks({ haystack: row, secrets }) }).toEqual({ name, leaks: [] });
    }
    const stored = await getDb().clusterCredential.findMany();
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      const bytes = Buffer.from(row.ciphertext);
      expect(findSecretLeaks({ haystack: bytes, secrets })).toEqual([]);
      expect(bytes.toString("latin1")).not.toMatch(/BEGIN|PRIVATE KEY|apiVersion|contexts/);
    }
  });
});
