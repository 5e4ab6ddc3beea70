// The `faults` scenario, started for real: every fault is observed through the real servers with
// real clients (raw HTTPS and Lotse's own Talos client), never by inspecting the configuration.
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTalosClient, readTalosconfigContext, type TalosClient } from "@/lib/server/collect/talos";
import { requestKube } from "@/lib/sim/kube/testing/request-kube";
import { loadScenario } from "@/lib/sim/scenario";
import type { Fleet, RunningCluster } from "./fleet-types";
import { startFleet } from "./start-fleet";
import { captureError } from "./testing/capture-error";

const TEST_TIMEOUT = { timeout: 20_000 };
let fleet: Fleet;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "lotse-fleet-faults-"));
  const scenario = await loadScenario({ path: join(process.cwd(), "scenarios", "faults.yaml") });
  fleet = await startFleet({ scenario, outDir, referenceTime: new Date("2026-11-20T12:00:00Z") });
}, 60_000);

afterAll(async () => {
  await fleet?.close();
  await rm(outDir, { recursive: true, force: true });
});

function cluster(name: string): RunningCluster {
  const found = fleet.clusters.find((candidate) => candidate.spec.name === name);
  if (!found) throw new Error(`no cluster ${name}`);
  return found;
}

const kubeconfigOf = (name: string) => readFile(cluster(name).kubeconfigPath, "utf8");

async function talosClientOf(name: string): Promise<TalosClient> {
  const path = cluster(name).talosconfigPath;
  if (!path) throw new Error(`${name} has no talosconfig`);
  return createTalosClient({
    context: readTalosconfigContext({ yaml: await readFile(path, "utf8") }),
    timeoutMs: 2_000,
  });
}

/** Runs one Talos call; a credential the client refuses up front counts as that call's error. */
async function talosCall<T>(name: string, call: (client: TalosClient) => Promise<T>): Promise<T> {
  const client = await talosClientOf(name);
  try {
    return await call(client);
  } finally {
    client.close();
  }
}

const readSecurityState = (node?: string) => (client: TalosClient) =>
  client.getResource({ node, namespace: "runtime", type: "SecurityStates.talos.dev", id: "securitystate" });

describe("faults scenario", () => {
  it("starts one cluster per fault and two healthy ones", () => {
    expect(fleet.clusters.map((running) => running.spec.name)).toEqual([
      "fault-tarpit",
      "fault-refused",
      "fault-5xx",
      "fault-429",
      "fault-expired-client-cert",
      "fault-expired-server-cert",
      "fault-wrong-ca",
      "fault-forbidden",
      "fault-node-unreachable",
      "fault-edge-latency",
      "healthy-talos",
      "healthy-kubeadm",
    ]);
  });

  it("healthy clusters answer both APIs", TEST_TIMEOUT, async () => {
    const namespaces = await requestKube({
      kubeconfig: await kubeconfigOf("healthy-talos"),
      path: "/api/v1/namespaces",
    });
    expect(namespaces.status).toBe(200);
    await expect(talosCall("healthy-talos", readSecurityState())).resolves.toMatchObject({
      spec: { secureBoot: true },
    });
    expect((await requestKube({ kubeconfig: await kubeconfigOf("healthy-kubeadm"), path: "/version" })).status).toBe(
      200,
    );
  });

  it("tarpit: connections are accepted and never answered", TEST_TIMEOUT, async () => {
    const error = await captureError(
      requestKube({ kubeconfig: await kubeconfigOf("fault-tarpit"), path: "/version", timeoutMs: 1_000 }),
    );
    expect(error.name).toMatch(/AbortError|TimeoutError/);
    const talos = await captureError(talosCall("fault-tarpit", readSecurityState()));
    expect(talos.kind).toMatch(/^(timeout|unreachable)$/);
  });

  it("refused: nothing listens", TEST_TIMEOUT, async () => {
    expect(
      (await captureError(requestKube({ kubeconfig: await kubeconfigOf("fault-refused"), path: "/version" }))).code,
    ).toBe("ECONNREFUSED");
    expect((await captureError(talosCall("fault-refused", readSecurityState()))).kind).toBe("unreachable");
  });

  it("5xx storm: most requests answer 500 with a Status object", TEST_TIMEOUT, async () => {
    const kubeconfig = await kubeconfigOf("fault-5xx");
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => requestKube({ kubeconfig, path: "/api/v1/pods" })),
    );
    const errors = responses.filter((response) => response.status === 500);
    expect(errors.length).toBeGreaterThan(10);
    expect(errors[0]?.json()).toMatchObject({ kind: "Status", code: 500 });
  });

  it("429s: some requests are throttled with Retry-After", TEST_TIMEOUT, async () => {
    const kubeconfig = await kubeconfigOf("fault-429");
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => requestKube({ kubeconfig, path: "/api/v1/namespaces" })),
    );
    const throttled = responses.filter((response) => response.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled[0]?.headers["retry-after"]).toBeDefined();
    expect(responses.some((response) => response.status === 200)).toBe(true);
  });

  it("expired client certificates are refused by both APIs", TEST_TIMEOUT, async () => {
    const response = await requestKube({
      kubeconfig: await kubeconfigOf("fault-expired-client-cert"),
      path: "/api/v1/namespaces",
    });
    expect(response.status).toBe(401);
    expect((await captureError(talosCall("fault-expired-client-cert", readSecurityState()))).kind).toBe("unauthorized");
  });

  it("expired server certificates fail TLS verification", TEST_TIMEOUT, async () => {
    expect(
      (
        await captureError(
          requestKube({ kubeconfig: await kubeconfigOf("fault-expired-server-cert"), path: "/version" }),
        )
      ).code,
    ).toBe("CERT_HAS_EXPIRED");
    expect((await captureError(talosCall("fault-expired-server-cert", readSecurityState()))).kind).toBe("tls");
  });

  it("a wrong CA in the credentials fails TLS verification", TEST_TIMEOUT, async () => {
    const error = await captureError(
      requestKube({ kubeconfig: await kubeconfigOf("fault-wrong-ca"), path: "/version" }),
    );
    expect(error.code).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER_CERT/);
    expect((await captureError(talosCall("fault-wrong-ca", readSecurityState()))).kind).toBe("tls");
  });

  it("forbidden resources answer 403 while others are readable", TEST_TIMEOUT, async () => {
    const kubeconfig = await kubeconfigOf("fault-forbidden");
    const secrets = await requestKube({ kubeconfig, path: "/api/v1/secrets" });
    expect(secrets.status).toBe(403);
    expect(secrets.json()).toMatchObject({ kind: "Status", reason: "Forbidden" });
    expect(
      (await requestKube({ kubeconfig, path: "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings" })).status,
    ).toBe(403);
    expect((await requestKube({ kubeconfig, path: "/api/v1/nodes/fault-forbidden-w-01/proxy/configz" })).status).toBe(
      403,
    );
    expect((await requestKube({ kubeconfig, path: "/api/v1/pods" })).status).toBe(200);
  });

  it("a Talos node behind a reachable endpoint is unreachable, its neighbours are not", TEST_TIMEOUT, async () => {
    const nodes = cluster("fault-node-unreachable").manifest.talos?.nodes ?? [];
    const ipOf = (name: string) => nodes.find((node) => node.name === name)?.ip;
    await expect(
      talosCall("fault-node-unreachable", readSecurityState(ipOf("fault-node-unreachable-w-01"))),
    ).resolves.toBeDefined();
    expect(
      (await captureError(talosCall("fault-node-unreachable", readSecurityState(ipOf("fault-node-unreachable-w-02")))))
        .kind,
    ).toBe("unreachable");
  });

  it("edge latency delays every Kubernetes API answer by at least 80 ms", TEST_TIMEOUT, async () => {
    // A lower bound only: a slow machine makes answers later, never earlier.
    const kubeconfig = await kubeconfigOf("fault-edge-latency");
    const started = performance.now();
    expect((await requestKube({ kubeconfig, path: "/version" })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    const talosStarted = performance.now();
    await talosCall("fault-edge-latency", readSecurityState());
    expect(performance.now() - talosStarted).toBeGreaterThanOrEqual(75);
  });
});
