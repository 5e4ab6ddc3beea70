// The collector against the simulator's faults: forbidden resources, dead and slow endpoints,
// bad certificates and failing servers. Every case is bounded by the collector's own deadlines.
import { afterEach, describe, expect, it } from "vitest";
import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeApiServer } from "@/lib/sim/kube";
import type { KubeFaults } from "@/lib/sim/model";
import { collectKubernetes, type KubernetesCollection } from "./collect-kubernetes";
import { startFixtureCluster } from "./testing/start-fixture-cluster";

const OPTIONS = { deadlineMs: 10_000, requestTimeoutMs: 3_000, pageSize: 500, concurrency: 5 };
const started: KubeApiServer[] = [];

async function collectWith(faults: KubeFaults, overrides: Partial<typeof OPTIONS> = {}) {
  const { server, kubeconfig } = await startFixtureCluster({ faults });
  started.push(server);
  const before = performance.now();
  const result = await collectKubernetes({ kubeconfig, ...OPTIONS, ...overrides });
  return { server, result, elapsedMs: performance.now() - before };
}

/** Every part of the snapshot is UNKNOWN with exactly this one error. */
function expectAllUnknown(result: KubernetesCollection, kind: string) {
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.kind).toBe(kind);
  for (const part of Object.values(result.snapshot)) expect(part).toMatchObject({ data: null, errors: result.errors });
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

describe("collectKubernetes with faults", () => {
  it("records forbidden Secrets and node proxy as data and reads everything else", async () => {
    const { result } = await collectWith({ forbidden: ["secrets", "nodes/proxy"] });
    expect(result.snapshot.secrets.data).toBeNull();
    expect(result.snapshot.secrets.errors).toEqual([
      {
        target: "kubernetes:secrets",
        kind: "forbidden",
        message:
          'Forbidden (403): secrets is forbidden: User "lotse" cannot list resource "secrets" in API group "" at the cluster scope',
      },
    ]);
    const configs = result.snapshot.kubeletConfigs.data ?? [];
    expect(configs.map((node) => [node.nodeName, node.data, node.errors[0]?.kind, node.errors[0]?.target])).toEqual([
      ["cp-1", null, "forbidden", "kubernetes:nodes/cp-1/configz"],
      ["worker-1", null, "forbidden", "kubernetes:nodes/worker-1/configz"],
      ["worker-2", null, "forbidden", "kubernetes:nodes/worker-2/configz"],
    ]);
    expect(result.errors.map((error) => error.target).sort()).toEqual([
      "kubernetes:nodes/cp-1/configz",
      "kubernetes:nodes/worker-1/configz",
      "kubernetes:nodes/worker-2/configz",
      "kubernetes:secrets",
    ]);
    const { secrets: _secrets, kubeletConfigs: _configs, ...rest } = result.snapshot;
    for (const [name, part] of Object.entries(rest)) {
      expect({ name, errors: part.errors, hasData: part.data !== null }).toEqual({ name, errors: [], hasData: true });
    }
    expect(result.snapshot.pods.data).toHaveLength(5);
  });

  it(
    "ends a tarpitted cluster at the request deadline with timeout, asking nothing after /version",
    { timeout: 10_000 },
    async () => {
      const { result, elapsedMs } = await collectWith({ tarpit: true }, { deadlineMs: 5_000, requestTimeoutMs: 800 });
      expectAllUnknown(result, "timeout");
      expect(result.errors[0]).toEqual({
        target: "kubernetes:version",
        kind: "timeout",
        message: "/version did not answer within 800 ms.",
      });
      expect(elapsedMs).toBeLessThan(5_000);
    },
  );

  it("never runs past the overall deadline, even when one request may take longer", { timeout: 10_000 }, async () => {
    const { result, elapsedMs } = await collectWith({ tarpit: true }, { deadlineMs: 700, requestTimeoutMs: 30_000 });
    expectAllUnknown(result, "timeout");
    expect(result.errors[0]?.message).toBe("/version was not finished: the overall deadline of 700 ms was reached.");
    expect(elapsedMs).toBeLessThan(700 + 500);
  });

  it("aborts what is still running at the overall deadline and keeps what finished", { timeout: 10_000 }, async () => {
    const { result, elapsedMs } = await collectWith({ latencyMs: 250 }, { deadlineMs: 1_200, concurrency: 2 });
    expect(elapsedMs).toBeLessThan(1_200 + 500);
    expect(result.snapshot.version.data?.gitVersion).toBe("v1.33.4");
    const parts: Collected<unknown>[] = Object.values(result.snapshot);
    const finished = parts.filter((part) => part.data !== null && part.errors.length === 0);
    const timedOut = parts.filter((part) => part.errors.some((error) => error.kind === "timeout"));
    expect(finished.length).toBeGreaterThan(1);
    expect(timedOut.length).toBeGreaterThan(1);
    expect(result.errors.every((error) => error.kind === "timeout")).toBe(true);
  });

  it("stops early with unreachable when the connection is refused", async () => {
    const { result } = await collectWith({ refuse: true });
    expectAllUnknown(result, "unreachable");
    expect(result.errors[0]?.message).toMatch(/^Connection refused by https:\/\/127\.0\.0\.1:\d+/);
  });

  it("stops early with unauthorized for an expired client certificate, after one request", async () => {
    const { server, result } = await collectWith({ expiredClientCert: true });
    expectAllUnknown(result, "unauthorized");
    expect(server.requestLog.map((entry) => [entry.path, entry.status])).toEqual([["/version", 401]]);
  });

  it("stops early with tls when the kubeconfig's CA did not sign the server certificate", async () => {
    const { server, result } = await collectWith({ wrongCa: true });
    expectAllUnknown(result, "tls");
    expect(result.errors[0]?.message).toMatch(/not signed by the CA in the credential file/);
    expect(server.requestLog).toEqual([]);
  });

  it("stops early with tls when the server certificate has expired", async () => {
    const { result } = await collectWith({ expiredServerCert: true });
    expectAllUnknown(result, "tls");
    expect(result.errors[0]?.message).toMatch(/has expired/);
  });

  it("retries a 500 storm twice with backoff, then stops as unreachable", { timeout: 10_000 }, async () => {
    const { server, result } = await collectWith({ errorRate: 1 });
    expectAllUnknown(result, "unreachable");
    expect(result.errors[0]?.message).toBe(
      "Server error (500) for /version after retries: Internal error occurred: etcdserver: request timed out",
    );
    expect(server.requestLog.map((entry) => [entry.path, entry.status])).toEqual([
      ["/version", 500],
      ["/version", 500],
      ["/version", 500],
    ]);
  });

  it(
    "hides occasional 500s behind retries; what still fails is unreachable with the cause",
    { timeout: 15_000 },
    async () => {
      const { server, result } = await collectWith({ errorRate: 0.3 });
      const failed = server.requestLog.filter((entry) => entry.status === 500);
      expect(failed.length).toBeGreaterThan(0);
      const recovered = failed.filter((entry) =>
        server.requestLog.some(
          (later) => later.path === entry.path && later.query === entry.query && later.status === 200,
        ),
      );
      expect(recovered.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(error).toMatchObject({ kind: "unreachable", message: expect.stringMatching(/^Server error \(500\)/) });
      }
      expect(result.snapshot.version.data?.gitVersion).toBe("v1.33.4");
    },
  );

  it("honours Retry-After of a 429 before retrying", { timeout: 15_000 }, async () => {
    const { server, result } = await collectWith({ throttleRate: 0.2 });
    const throttled = server.requestLog.filter((entry) => entry.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    const waits = throttled.flatMap((entry) => {
      const retry = server.requestLog.find(
        (later) =>
          later.path === entry.path && later.query === entry.query && Date.parse(later.time) > Date.parse(entry.time),
      );
      return retry ? [Date.parse(retry.time) - Date.parse(entry.time)] : [];
    });
    expect(waits.length).toBeGreaterThan(0);
    // The simulator asks for 1 s; the log's clock has ms resolution.
    for (const waitMs of waits) expect(waitMs).toBeGreaterThanOrEqual(990);
    expect(result.errors.every((error) => error.kind === "unreachable")).toBe(true);
  });
});
