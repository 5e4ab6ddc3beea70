// POST /api/v1/clusters/{id}/test against simulated clusters over real TLS: success for Kubernetes
// and Talos, and a precise reason for each way a connection fails (the simulator's faults, and a
// stand-in apiserver for a 403 on /version, which the simulator always serves).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { tokensByRole } from "@/lib/server/testing/call-route";
import type { Role } from "@/lib/shared/roles";
import type { ClusterView, ConnectionTestView } from "@/lib/shared/cluster-view";
import type { KubeFaults, TalosFaults } from "@/lib/sim/model";
import type { CreateKubeconfigOptions } from "@/lib/sim/kube";
import type { CreateTalosconfigOptions } from "@/lib/sim/talos";
import { createCluster, testCluster } from "./testing/cluster-routes";
import {
  simKubeconfig,
  simTalosconfig,
  startSimKube,
  startSimTalos,
  stopSimEndpoints,
} from "./testing/start-sim-endpoints";
import { startForbiddingKubeApi } from "./testing/start-forbidding-kube-api";

let tokens: Record<Role, string>;

beforeEach(async () => {
  await resetDatabase();
  tokens = await tokensByRole();
});

afterEach(stopSimEndpoints);

/** Registers a cluster for simulated endpoints (Talos only when asked) and returns its id. */
async function registerSimCluster({
  kube = {},
  talos,
}: {
  kube?: { faults?: KubeFaults; credential?: Partial<CreateKubeconfigOptions> };
  talos?: { faults?: TalosFaults; credential?: CreateTalosconfigOptions };
}): Promise<{ id: string; kubeUrl: string; talosEndpoint?: string }> {
  const kubeServer = await startSimKube({ faults: kube.faults });
  const talosServer = talos ? await startSimTalos({ faults: talos.faults }) : undefined;
  const answer = await createCluster({
    token: tokens.admin,
    body: {
      name: "sim",
      environment: "edge",
      kubeconfig: await simKubeconfig(kubeServer, kube.credential),
      ...(talosServer ? { talosconfig: await simTalosconfig(talosServer, talos?.credential) } : {}),
    },
  });
  expect(answer.status).toBe(201);
  return { id: (answer.json as ClusterView).id, kubeUrl: kubeServer.url, talosEndpoint: talosServer?.endpoint };
}

async function runTest(id: string, role: Role = "admin"): Promise<ConnectionTestView> {
  const answer = await testCluster({ token: tokens[role], id });
  expect(answer.status).toBe(200);
  return answer.json as ConnectionTestView;
}

describe("testing a healthy cluster", () => {
  it("reaches Kubernetes /version and the Talos Version API, and audit-logs the success", async () => {
    const { id, talosEndpoint } = await registerSimCluster({ talos: {} });
    const result = await runTest(id);
    expect(result).toEqual({
      kubernetes: { ok: true, version: "v1.33.4", detail: "linux/amd64", durationMs: expect.any(Number) },
      talos: { ok: true, version: "v1.12.4", node: talosEndpoint, durationMs: expect.any(Number) },
    });
    const audit = await getDb().auditEvent.findMany({ where: { action: "cluster.test-connection" } });
    expect(audit).toMatchObject([
      { outcome: "success", targetId: id, details: { kubernetes: "ok", talos: "ok" }, actorLabel: "token:test-admin" },
    ]);
  });

  it("works for an engineer, with a bearer-token kubeconfig, and reports no Talos part when none is registered", async () => {
    const { id } = await registerSimCluster({ kube: { credential: { auth: "token" } } });
    const result = await runTest(id, "engineer");
    expect(result).toMatchObject({ kubernetes: { ok: true, version: "v1.33.4" }, talos: null });
  });
});

interface FailureCase {
  name: string;
  faults?: KubeFaults & TalosFaults;
  credential?: Partial<CreateKubeconfigOptions> & CreateTalosconfigOptions;
  kind: string;
  /** Built from the endpoint the simulator listens on. */
  message: (target: string) => string | RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const KUBE_FAILURES: FailureCase[] = [
  {
    name: "connection refused (nothing listens)",
    faults: { refuse: true },
    kind: "refused",
    message: (url) => `Connection refused by ${url}: nothing listens there.`,
  },
  {
    name: "timeout (tarpit: accepts TCP, never answers)",
    faults: { tarpit: true },
    kind: "timeout",
    message: (url) => `Timeout: ${url} did not answer within 5000 ms.`,
  },
  {
    name: "TLS verify failed (the kubeconfig carries a foreign CA)",
    faults: { wrongCa: true },
    kind: "tls",
    message: (url) =>
      `TLS verify failed: the server certificate of ${url} is not signed by the CA in the credential file.`,
  },
  {
    name: "server certificate expired",
    faults: { expiredServerCert: true },
    kind: "certificate-expired",
    message: (url) => `TLS: the server certificate of ${url} has expired.`,
  },
  {
    name: "unauthorized (expired client certificate: 401)",
    faults: { expiredClientCert: true },
    kind: "unauthorized",
    message: (url) =>
      `Unauthorized: ${url} did not accept the credential (expired or unknown client certificate or token).`,
  },
  {
    name: "unauthorized (expired bearer token: 401)",
    credential: { auth: "token", expired: true },
    kind: "unauthorized",
    message: (url) => new RegExp(`^Unauthorized: ${escape(url)} did not accept the credential`),
  },
  {
    name: "server error (500 on every request)",
    faults: { errorRate: 1 },
    kind: "invalid-response",
    message: (url) => `${url}/version answered HTTP 500.`,
  },
];

const TALOS_FAILURES: FailureCase[] = [
  {
    name: "connection refused (nothing listens)",
    faults: { refuse: true },
    kind: "unreachable",
    message: (endpoint) => `connection refused (${endpoint})`,
  },
  {
    name: "timeout (tarpit: accepts TCP, never answers)",
    faults: { tarpit: true },
    kind: "timeout",
    message: (endpoint) => `deadline exceeded after 5000 ms while connecting to ${endpoint}`,
  },
  {
    name: "TLS verify failed (the talosconfig carries a foreign CA)",
    faults: { wrongCa: true },
    kind: "tls",
    message: () => "TLS: server certificate is not signed by the talosconfig CA",
  },
  {
    name: "server certificate expired",
    faults: { expiredServerCert: true },
    kind: "tls",
    message: () => "TLS: the server certificate has expired",
  },
  {
    name: "unauthorized (expired client certificate)",
    faults: { expiredClientCert: true },
    kind: "unauthorized",
    // Either the TLS alert itself or, when grpc-js only sees a closed connection, the diagnosis.
    message: () => /^TLS: the server (rejected|closed).*client certificate.*certificate expired/,
  },
  {
    name: "forbidden (a role that may not call Version)",
    credential: { roles: ["os:etcd:backup"] },
    kind: "forbidden",
    message: () => /^permission denied for .*the talosconfig role may not read this\)$/,
  },
];

describe("testing a failing Kubernetes API (Talos healthy)", () => {
  it.each(KUBE_FAILURES)("$name → $kind", async ({ faults, credential, kind, message }) => {
    const { id, kubeUrl } = await registerSimCluster({ kube: { faults, credential }, talos: {} });
    const result = await runTest(id);
    expect(result.kubernetes).toEqual({ ok: false, kind, message: expect.anything(), durationMs: expect.any(Number) });
    const expected = message(kubeUrl);
    if (typeof expected === "string") expect(result.kubernetes).toMatchObject({ message: expected });
    else expect(result.kubernetes).toMatchObject({ message: expect.stringMatching(expected) });
    expect(result.talos).toMatchObject({ ok: true });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "cluster.test-connection" } });
    expect(audit).toMatchObject({ outcome: "failure", details: { kubernetes: kind, talos: "ok" } });
  });

  it("forbidden (RBAC denies the credential /version: 403) → forbidden", async () => {
    const kube = await startForbiddingKubeApi();
    try {
      const talosServer = await startSimTalos();
      const answer = await createCluster({
        token: tokens.admin,
        body: {
          name: "locked-down",
          environment: "on-prem",
          kubeconfig: kube.kubeconfig,
          talosconfig: await simTalosconfig(talosServer),
        },
      });
      expect(answer.status).toBe(201);
      const result = await runTest((answer.json as ClusterView).id);
      expect(result.kubernetes).toEqual({
        ok: false,
        kind: "forbidden",
        message: `Forbidden: the credential may not read /version on ${kube.url}.`,
        durationMs: expect.any(Number),
      });
      expect(result.talos).toMatchObject({ ok: true });
      const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "cluster.test-connection" } });
      expect(audit).toMatchObject({ outcome: "failure", details: { kubernetes: "forbidden", talos: "ok" } });
    } finally {
      await kube.close();
    }
  });
});

describe("testing a failing Talos API (Kubernetes healthy)", () => {
  it.each(TALOS_FAILURES)("$name → $kind", async ({ faults, credential, kind, message }) => {
    const { id, talosEndpoint } = await registerSimCluster({ talos: { faults, credential } });
    const result = await runTest(id);
    expect(result.talos).toEqual({ ok: false, kind, message: expect.anything(), durationMs: expect.any(Number) });
    const expected = message(talosEndpoint ?? "");
    if (typeof expected === "string") expect(result.talos).toMatchObject({ message: expected });
    else expect(result.talos).toMatchObject({ message: expect.stringMatching(expected) });
    expect(result.kubernetes).toMatchObject({ ok: true });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "cluster.test-connection" } });
    expect(audit).toMatchObject({ outcome: "failure", details: { kubernetes: "ok", talos: kind } });
  });
});
