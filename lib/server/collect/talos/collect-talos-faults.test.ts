// The Talos collector against the simulator's faults: unreachable nodes, dead, slow and refusing
// endpoints, bad certificates, and its own limits (concurrency, deadline, cancellation). Every case
// is bounded by the collector's own deadlines.
import { status } from "@grpc/grpc-js";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestLimiter } from "@/lib/server/collect/kubernetes/create-request-limiter";
import type { TalosFaults } from "@/lib/sim/model";
import { collectTalos, type CollectTalosOptions, type TalosCollection } from "./collect-talos";
import { createTalosCallRunner } from "./create-talos-call-runner";
import { createTalosClient, type CreateTalosClientOptions, type TalosClient } from "./create-talos-client";
import { GrpcStatus, startLocalTalosServer, type LocalTalosServer } from "./testing/start-local-talos-server";
import { startTalosFixtureCluster, type TalosFixtureCluster } from "./testing/start-talos-fixture-cluster";

const OPTIONS = { deadlineMs: 10_000, requestTimeoutMs: 3_000, concurrency: 6 };
const TEST_TIMEOUT = { timeout: 20_000 };
const started: TalosFixtureCluster[] = [];

async function start(faults?: TalosFaults) {
  const cluster = await startTalosFixtureCluster({ faults });
  started.push(cluster);
  return cluster;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((cluster) => cluster.server.close()));
});

/** Early stop: no endpoint answered; every node part is UNKNOWN with the endpoint's one error. */
function expectAllUnknown(result: TalosCollection, kind: string) {
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.kind).toBe(kind);
  expect(result.snapshot.endpoint).toEqual({ data: null, errors: result.errors });
  expect(result.snapshot.nodes).toHaveLength(4);
  for (const node of result.snapshot.nodes) {
    for (const [name, part] of Object.entries(node)) {
      if (typeof part === "object" && part !== null && "errors" in part) {
        expect({ name, part }).toMatchObject({ name, part: { data: null, errors: result.errors } });
      }
    }
  }
}

/** Counts calls in flight across every client the collector creates. */
function countingFactory(counter: {
  inFlight: number;
  max: number;
  total: number;
}): CollectTalosOptions["createClient"] {
  const track = async <T>(promise: () => Promise<T>): Promise<T> => {
    counter.inFlight += 1;
    counter.total += 1;
    counter.max = Math.max(counter.max, counter.inFlight);
    try {
      return await promise();
    } finally {
      counter.inFlight -= 1;
    }
  };
  return (options: CreateTalosClientOptions): TalosClient => {
    const client = createTalosClient(options);
    return {
      endpoint: client.endpoint,
      version: (call) => track(() => client.version(call)),
      getResource: (call) => track(() => client.getResource(call)),
      listResources: (call) => track(() => client.listResources(call)),
      callMachine: (call) => track(() => client.callMachine(call)),
      close: () => client.close(),
    };
  };
}

describe("collectTalos with faults", () => {
  it("unreachable node: that node's parts are unreachable, every other node is complete", TEST_TIMEOUT, async () => {
    const cluster = await start({ unreachableNodes: ["w-1"] });
    const { snapshot, errors } = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
    expect(snapshot.endpoint.data).not.toBeNull();
    const worker = snapshot.nodes.find((node) => node.node === "10.7.0.5");
    const reason = {
      target: "talos:node/10.7.0.5",
      kind: "unreachable",
      message: expect.stringContaining("node 10.7.0.5 is unreachable"),
    };
    expect(worker?.securityState).toEqual({ data: null, errors: [reason] });
    expect(worker?.machineConfig).toEqual({ data: null, errors: [reason] });
    expect(worker?.staticPods).toEqual({ data: null, errors: [reason], isApplicable: null });
    expect(new Set(errors.map((error) => error.target.split(":")[1]))).toEqual(new Set(["node/10.7.0.5"]));
    for (const node of snapshot.nodes.filter((candidate) => candidate.node !== "10.7.0.5")) {
      expect(node.securityState.data).not.toBeNull();
      expect(node.kernelParams.data).not.toBeNull();
      expect(node.machineConfig.data).not.toBeNull();
    }
  });

  it(
    "tarpit: ends within the overall deadline with timeout, asking nothing after the endpoint",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start({ tarpit: true });
      const counter = { inFlight: 0, max: 0, total: 0 };
      const before = performance.now();
      const result = await collectTalos({
        context: await cluster.contextFor(["os:admin"]),
        ...OPTIONS,
        deadlineMs: 1_500,
        requestTimeoutMs: 30_000,
        createClient: countingFactory(counter),
      });
      expect(performance.now() - before).toBeLessThan(1_500 + 1_000);
      expectAllUnknown(result, "timeout");
      expect(result.errors[0]?.target).toBe(`talos:endpoint/${cluster.server.endpoint}`);
      expect(counter.total).toBe(1);
    },
  );

  it("refused: stops early, the whole Talos part unreachable (connection refused)", TEST_TIMEOUT, async () => {
    const cluster = await start({ refuse: true });
    const result = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
    expectAllUnknown(result, "unreachable");
    expect(result.errors[0]?.message).toBe(`connection refused (${cluster.server.endpoint})`);
  });

  it("expired client certificate: unauthorized", TEST_TIMEOUT, async () => {
    const cluster = await start();
    const result = await collectTalos({
      context: await cluster.contextFor(["os:admin"], { expired: true }),
      ...OPTIONS,
    });
    expectAllUnknown(result, "unauthorized");
    expect(result.errors[0]?.message).toContain("certificate expired");
  });

  it("wrong CA in the talosconfig: tls", TEST_TIMEOUT, async () => {
    const cluster = await start({ wrongCa: true });
    const result = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
    expectAllUnknown(result, "tls");
    expect(result.errors[0]?.message).toBe("TLS: server certificate is not signed by the talosconfig CA");
  });

  it("falls back to the next endpoint when the first one refuses", TEST_TIMEOUT, async () => {
    const refusing = await start({ refuse: true });
    const healthy = await start();
    const context = await healthy.contextFor(["os:reader"]);
    const result = await collectTalos({
      context: { ...context, endpoints: [refusing.server.endpoint, healthy.server.endpoint] },
      ...OPTIONS,
    });
    expect(result.snapshot.endpoints).toEqual([refusing.server.endpoint, healthy.server.endpoint]);
    expect(result.snapshot.endpoint.data?.endpoint).toBe(healthy.server.endpoint);
    expect(result.snapshot.endpoint.errors).toEqual([
      {
        target: `talos:endpoint/${refusing.server.endpoint}`,
        kind: "unreachable",
        message: `connection refused (${refusing.server.endpoint})`,
      },
    ]);
    expect(result.snapshot.nodes.every((node) => node.securityState.data !== null)).toBe(true);
  });
});

describe("collectTalos limits", () => {
  it.each([1, 3])(
    "keeps at most %i call(s) in flight",
    async (concurrency) => {
      const cluster = await start();
      const counter = { inFlight: 0, max: 0, total: 0 };
      const { errors } = await collectTalos({
        context: await cluster.contextFor(["os:admin"]),
        ...OPTIONS,
        concurrency,
        createClient: countingFactory(counter),
      });
      expect(errors).toEqual([]);
      expect(counter.max).toBe(concurrency);
      // endpoint Version + 4 nodes × (Version, MachineType, 7 node parts) + 2 control planes × 6 parts
      expect(counter.total).toBe(1 + 4 * 9 + 2 * 6);
    },
    20_000,
  );

  it("stops at the overall deadline and records what is left as timeout", TEST_TIMEOUT, async () => {
    const cluster = await start({ latencyMs: 300 });
    const before = performance.now();
    const { snapshot, errors } = await collectTalos({
      context: await cluster.contextFor(["os:admin"]),
      ...OPTIONS,
      deadlineMs: 1_000,
      concurrency: 2,
    });
    // Reading everything takes about 50 calls × 300 ms ÷ 2 ≈ 7.5 s; stopping at the deadline takes
    // about 1 s. The bound sits between the two, far from both, so a busy machine does not flake it.
    expect(performance.now() - before).toBeLessThan(5_000);
    expect(snapshot.endpoint.data).not.toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((error) => error.kind))).toEqual(new Set(["timeout"]));
    // Parts never started say so; calls cut in flight (on a slow machine, all of them) say their deadline.
    for (const error of errors) {
      expect(error.message).toMatch(/^not read: the overall deadline of 1000 ms was reached$|^deadline exceeded after/);
    }
  });

  it("cancelling stops the call in flight and records timeout", TEST_TIMEOUT, async () => {
    const cluster = await start({ latencyMs: 8_000 });
    const controller = new AbortController();
    const before = performance.now();
    const result = await collectTalos({
      context: await cluster.contextFor(["os:reader"]),
      ...OPTIONS,
      requestTimeoutMs: 9_000,
      signal: controller.signal,
      // Cancel as soon as the first call (the endpoint's Version) is on the wire.
      createClient: (options) => {
        const client = createTalosClient(options);
        return {
          ...client,
          endpoint: client.endpoint,
          version: (call) => {
            const reply = client.version(call);
            controller.abort();
            return reply;
          },
          close: () => client.close(),
        };
      },
    });
    expect(performance.now() - before).toBeLessThan(8_000);
    expectAllUnknown(result, "timeout");
    expect(result.errors[0]?.message).toBe("not read: the collection was cancelled");
  });
});

describe("retries of transient failures (createTalosCallRunner)", () => {
  // What apid answers when it cannot dial the routed node: Unavailable, from the server.
  const NO_ROUTE =
    'connection error: desc = "transport: Error while dialing: dial tcp 10.7.0.5:50000: connect: no route to host"';
  const TARGET = "talos:node/10.7.0.5:Hostname";
  const locals: LocalTalosServer[] = [];
  afterEach(async () => {
    await Promise.all(locals.splice(0).map((server) => server.close()));
  });

  /** Reads Hostname of 10.7.0.5 through the runner, from a server whose first `failures` answers are `failure`. */
  async function readHostname(failures: number, failure: GrpcStatus) {
    let answered = 0;
    const server = await startLocalTalosServer({
      machine: {
        Hostname: () => {
          answered += 1;
          if (answered <= failures) throw failure;
          return { messages: [{ hostname: "w-1" }] };
        },
      },
    });
    locals.push(server);
    const client = createTalosClient({ context: server.context, timeoutMs: 3_000 });
    const runner = createTalosCallRunner({
      limiter: createRequestLimiter({ limit: 1 }),
      signal: new AbortController().signal,
      deadlineAt: Date.now() + 10_000,
      deadlineReason: "the overall deadline of 10000 ms was reached",
      requestTimeoutMs: 3_000,
    });
    try {
      const result = await runner.run({
        target: TARGET,
        call: ({ timeoutMs, signal }) =>
          client.callMachine({ method: "Hostname", node: "10.7.0.5", timeoutMs, signal }),
      });
      return { result, calls: server.calls.get("Hostname") ?? 0 };
    } finally {
      client.close();
    }
  }

  it("retries a call the endpoint answered Unavailable, and reads it on the third attempt", TEST_TIMEOUT, async () => {
    const { result, calls } = await readHostname(2, new GrpcStatus(status.UNAVAILABLE, NO_ROUTE));
    expect(result).toEqual({ ok: true, value: { messages: [{ metadata: null, hostname: "w-1" }] } });
    expect(calls).toBe(3);
  });

  it("gives up after three attempts and records the node as unreachable", TEST_TIMEOUT, async () => {
    const { result, calls } = await readHostname(3, new GrpcStatus(status.UNAVAILABLE, NO_ROUTE));
    expect(result).toEqual({
      ok: false,
      error: {
        target: TARGET,
        kind: "unreachable",
        message: expect.stringMatching(/^node 10\.7\.0\.5 is unreachable through 127\.0\.0\.1:\d+: .*no route to host/),
      },
    });
    expect(calls).toBe(3);
  });

  it("does not retry an answer that would only repeat: PermissionDenied", TEST_TIMEOUT, async () => {
    const { result, calls } = await readHostname(1, new GrpcStatus(status.PERMISSION_DENIED, "not authorized"));
    expect(result).toMatchObject({ ok: false, error: { target: TARGET, kind: "forbidden" } });
    expect(calls).toBe(1);
  });
});
